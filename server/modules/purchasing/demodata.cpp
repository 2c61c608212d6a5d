#include "server/modules/purchasing/demodata.h"

namespace Erp::Server::Purchasing {

QList<Supplier> demoSuppliers()
{
    struct Row
    {
        const char* name;
        const char* taxId;
        const char* contact;
        const char* phone;
        const char* email;
        const char* address;
        const char* currency;
        int terms;
        int lead;
    };
    static const Row rows[] = {
        {"深圳市华强电子有限公司", "91440300MA5F1XK21P", "王芳", "0755-83281234",
         "sales@huaqiang.example.cn", "广东省深圳市福田区华强北路1016号", "CNY", 30, 5},
        {"上海晨光文具股份有限公司", "91310000607314412B", "陈晓明", "021-57475621",
         "order@chenguang.example.cn", "上海市奉贤区金钱公路3469号", "CNY", 45, 7},
        {"广州白云纸业有限公司", "91440101MA59Q7TT3K", "李娟", "020-86612345",
         "li.juan@baiyunpaper.example.cn", "广东省广州市白云区太和镇", "CNY", 30, 10},
        {"宁波永信包装材料厂", "91330212MA2GQWE94D", "周强", "13805741234",
         "zhouqiang@yongxin.example.cn", "浙江省宁波市鄞州区工业园区8号", "CNY", 60, 14},
        {"苏州精工五金制品有限公司", "91320505MA1MJ8L26Y", "吴磊", "0512-68251234",
         "wulei@jinggong.example.cn", "江苏省苏州市高新区珠江路88号", "CNY", 30, 12},
        {"北京燕山化工贸易有限公司", "91110106MA01B2CD5E", "赵敏", "010-69341234",
         "zhaomin@yanshan.example.cn", "北京市房山区燕山东流水路5号", "CNY", 30, 8},
        {"义乌小商品供应链有限公司", "91330782MA29ABCD1X", "何丽", "13957912345",
         "heli@yiwu-supply.example.cn", "浙江省义乌市福田街道国际商贸城", "CNY", 15, 6},
        {"东莞华阳塑胶制品厂", "91441900MA4UHX8B3L", "黄建国", "0769-22881234",
         "huang@huayang.example.cn", "广东省东莞市长安镇乌沙工业区", "CNY", 45, 20},
        {"成都蜀光办公设备有限公司", "91510100MA6CGH2J7Q", "刘洋", "028-85551234",
         "liuyang@shuguang.example.cn", "四川省成都市武侯区人民南路四段", "CNY", 30, 9},
        {"Acme Components Ltd", "GB123456789", "Emma Wilson", "+44 20 7946 0958",
         "sales@acme.example.com", "1 Kings Road, London SW3 4RP, United Kingdom", "GBP", 30, 35},
        {"Nordic Paper AB", "SE556677889901", "Lars Nilsson", "+46 8 123 456 78",
         "orders@nordicpaper.example.se", "Sveavägen 44, 111 34 Stockholm, Sweden", "EUR", 45, 40},
        {"Pacific Office Supply Inc.", "US-94-3123456", "Michael Chen", "+1 415 555 0142",
         "michael.chen@pacificoffice.example.com", "500 Howard St, San Francisco, CA 94105, USA",
         "USD", 30, 28},
        {"Tokyo Precision Tools Co., Ltd.", "JP-1234567890123", "Sato Hiroshi", "+81 3 1234 5678",
         "sato@tokyoprecision.example.jp", "2-1-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan",
         "JPY", 60, 21},
        {"Rhein Chemie Handels GmbH", "DE811234567", "Anna Schmidt", "+49 221 987 6543",
         "a.schmidt@rheinchemie.example.de", "Rheinufer 12, 50668 Köln, Germany", "EUR", 30, 30},
        {"Saigon Packaging JSC", "VN0301234567", "Nguyen Van An", "+84 28 3822 1234",
         "an.nguyen@saigonpack.example.vn", "12 Le Loi, District 1, Ho Chi Minh City, Vietnam",
         "USD", 30, 25},
    };
    QList<Supplier> out;
    for (const Row& r : rows) {
        Supplier s;
        s.name = QString::fromUtf8(r.name);
        s.taxId = QString::fromLatin1(r.taxId);
        s.contactName = QString::fromUtf8(r.contact);
        s.phone = QString::fromLatin1(r.phone);
        s.email = QString::fromLatin1(r.email);
        s.address = QString::fromUtf8(r.address);
        s.currency = QString::fromLatin1(r.currency);
        s.paymentTermsDays = r.terms;
        s.leadTimeDays = r.lead;
        out.append(s);
    }
    return out;
}

} // namespace Erp::Server::Purchasing
