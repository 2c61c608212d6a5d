#include "server/modules/crm/demodata.h"

#include <QRandomGenerator>

namespace Erp::Server::Crm {

namespace {

struct Place
{
    const char* province;
    const char* city;
    const char* district;
    const char* postcode;
    const char* areaCode;
};

const Place kPlaces[] = {
    {"广东省", "深圳市", "南山区", "518057", "0755"},
    {"广东省", "广州市", "天河区", "510630", "020"},
    {"广东省", "东莞市", "松山湖", "523808", "0769"},
    {"北京市", "北京市", "朝阳区", "100020", "010"},
    {"北京市", "北京市", "海淀区", "100080", "010"},
    {"上海市", "上海市", "浦东新区", "200120", "021"},
    {"上海市", "上海市", "徐汇区", "200030", "021"},
    {"浙江省", "杭州市", "西湖区", "310013", "0571"},
    {"浙江省", "宁波市", "鄞州区", "315100", "0574"},
    {"江苏省", "南京市", "鼓楼区", "210008", "025"},
    {"江苏省", "苏州市", "工业园区", "215021", "0512"},
    {"四川省", "成都市", "武侯区", "610041", "028"},
    {"湖北省", "武汉市", "洪山区", "430070", "027"},
    {"山东省", "青岛市", "市南区", "266071", "0532"},
    {"福建省", "厦门市", "思明区", "361001", "0592"},
    {"陕西省", "西安市", "雁塔区", "710061", "029"},
    {"天津市", "天津市", "河西区", "300202", "022"},
    {"重庆市", "重庆市", "渝中区", "400010", "023"},
    {"河南省", "郑州市", "金水区", "450003", "0371"},
    {"湖南省", "长沙市", "岳麓区", "410006", "0731"},
};

struct Brand
{
    const char* hanzi;
    const char* pinyin;
};

const Brand kBrands[] = {
    {"华信", "huaxin"},   {"鼎盛", "dingsheng"}, {"恒通", "hengtong"},  {"金桥", "jinqiao"},
    {"宏达", "hongda"},   {"远景", "yuanjing"},  {"星辰", "xingchen"},  {"海川", "haichuan"},
    {"瑞丰", "ruifeng"},  {"博雅", "boya"},      {"天成", "tiancheng"}, {"正泰", "zhengtai"},
    {"明远", "mingyuan"}, {"中科", "zhongke"},   {"新锐", "xinrui"},    {"联创", "lianchuang"},
    {"嘉禾", "jiahe"},    {"东方", "dongfang"},  {"永盛", "yongsheng"}, {"华为", "huawei"}};

struct Trade
{
    const char* word;
    const char* industry;
};

const Trade kTrades[] = {{"科技", "信息技术"}, {"贸易", "批发零售"},     {"电子", "电子制造"},
                         {"机械", "装备制造"}, {"物流", "物流运输"},     {"食品", "食品饮料"},
                         {"建材", "建筑建材"}, {"医疗器械", "医疗健康"}, {"服饰", "纺织服装"},
                         {"化工", "化工"},     {"软件", "信息技术"},     {"家具", "家居"}};

const char* const kEnglishBrands[] = {"Northwind", "Bluewave",   "Harbor",   "Summit",
                                      "Evergreen", "Silverline", "Pioneer",  "Redwood",
                                      "Atlas",     "Brightstar", "Oakridge", "Meridian"};
const char* const kEnglishTrades[] = {"Trading", "Electronics", "Logistics",
                                      "Foods",   "Machinery",   "Software"};
const char* const kEnglishForms[] = {"Ltd", "Co.", "GmbH", "Inc.", "Pte. Ltd."};
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                 "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
const char* const kGivenNames[] = {"伟", "芳", "娜", "敏", "静",   "磊",   "洋",   "勇", "艳",
                                   "杰", "涛", "明", "超", "秀英", "建华", "晓东", "丽", "强"};
const char* const kEnglishNames[] = {
    "Emma Wilson",   "James Brown", "Olivia Taylor", "Noah Davies", "Sophie Martin",
    "Lucas Schmidt", "Mia Fischer", "Daniel Lee",    "Grace Kim",   "Oliver Smith"};
const char* const kTitles[] = {"采购经理",           "总经理", "财务主管", "采购专员", "运营总监",
                               "Purchasing Manager", "CEO"};
const char* const kTags[] = {"VIP",      "重点客户", "新客户",     "经销商",
                             "长期合作", "export",   "key-account"};
const char* const kSources[] = {"展会",     "官网",       "老客户推荐", "电话营销",
                                "线上商城", "trade fair", "website",    "referral"};

template <typename T, size_t N>
const T& pick(const T (&items)[N], QRandomGenerator& rng)
{
    return items[rng.bounded(quint32(N))];
}

QString mobile(QRandomGenerator& rng)
{
    static const char* const prefixes[] = {"138", "139", "137", "186", "189",
                                           "158", "150", "177", "135", "199"};
    return QString::fromLatin1(pick(prefixes, rng)) +
           QStringLiteral("%1").arg(rng.bounded(100000000u), 8, 10, QLatin1Char('0'));
}

} // namespace

Customer demoCustomer(int index, QRandomGenerator& rng)
{
    Customer c;
    const Place& place = pick(kPlaces, rng);
    const int flavour =
        int(rng.bounded(10u)); // 0-5 Chinese company, 6-7 individual, 8-9 foreign company
    Contact contact;
    contact.isPrimary = true;
    if (flavour <= 5) {
        const Brand& brand = pick(kBrands, rng);
        const Trade& trade = pick(kTrades, rng);
        QString city = QString::fromUtf8(place.city);
        city.chop(1); // 深圳市 -> 深圳
        c.name =
            city + QString::fromUtf8(brand.hanzi) + QString::fromUtf8(trade.word) +
            (rng.bounded(3u) == 0 ? QStringLiteral("股份有限公司") : QStringLiteral("有限公司"));
        c.industry = QString::fromUtf8(trade.industry);
        c.taxId = QStringLiteral("9144%1").arg(index, 14, 10, QLatin1Char('0'));
        contact.name =
            QString::fromUtf8(pick(kSurnames, rng)) + QString::fromUtf8(pick(kGivenNames, rng));
        contact.email =
            QStringLiteral("sales%1@%2.com.cn").arg(index).arg(QString::fromLatin1(brand.pinyin));
        c.creditLimit = qint64(rng.bounded(1, 50)) * 1000000; // 10,000.00 .. 490,000.00
        c.paymentTermsDays = int(pick<int, 4>({15, 30, 45, 60}, rng));
    } else if (flavour <= 7) {
        c.kind = QStringLiteral("individual");
        c.name =
            QString::fromUtf8(pick(kSurnames, rng)) + QString::fromUtf8(pick(kGivenNames, rng));
        contact.name = c.name;
        c.creditLimit = qint64(rng.bounded(0, 10)) * 100000;
        c.paymentTermsDays = 0;
    } else {
        c.name = QStringLiteral("%1 %2 %3")
                     .arg(QString::fromLatin1(pick(kEnglishBrands, rng)),
                          QString::fromLatin1(pick(kEnglishTrades, rng)),
                          QString::fromLatin1(pick(kEnglishForms, rng)));
        c.industry = QStringLiteral("Import/Export");
        contact.name = QString::fromLatin1(pick(kEnglishNames, rng));
        contact.email = QStringLiteral("%1.%2@example.com")
                            .arg(contact.name.section(QLatin1Char(' '), 0, 0).toLower())
                            .arg(index);
        c.currency = rng.bounded(2u) == 0 ? QStringLiteral("USD") : QStringLiteral("EUR");
        c.creditLimit = qint64(rng.bounded(1, 20)) * 500000;
        c.paymentTermsDays = 60;
    }
    contact.title = QString::fromUtf8(pick(kTitles, rng));
    contact.phone =
        flavour >= 8
            ? QStringLiteral("+44 20 7946 %1").arg(rng.bounded(10000u), 4, 10, QLatin1Char('0'))
            : mobile(rng);
    c.contacts.append(contact);
    if (flavour <= 5 && rng.bounded(2u) == 0) {
        Contact second;
        second.name =
            QString::fromUtf8(pick(kSurnames, rng)) + QString::fromUtf8(pick(kGivenNames, rng));
        second.title = QStringLiteral("财务主管");
        second.phone = QString::fromLatin1(place.areaCode) + QLatin1Char('-') +
                       QString::number(rng.bounded(20000000u, 89999999u));
        c.contacts.append(second);
    }
    Address billing;
    billing.province = QString::fromUtf8(place.province);
    billing.city = QString::fromUtf8(place.city);
    billing.district = QString::fromUtf8(place.district);
    billing.line1 = QStringLiteral("%1路%2号")
                        .arg(QString::fromUtf8(pick(kBrands, rng).hanzi))
                        .arg(rng.bounded(1u, 999u));
    billing.postcode = QString::fromLatin1(place.postcode);
    billing.isDefault = true;
    if (flavour >= 8) {
        billing.country = QStringLiteral("GB");
        billing.province = QString();
        billing.city = QStringLiteral("London");
        billing.district = QString();
        billing.line1 = QStringLiteral("%1 Kings Road").arg(rng.bounded(1u, 300u));
        billing.postcode = QStringLiteral("SW3 4NB");
    }
    c.addresses.append(billing);
    if (rng.bounded(3u) == 0) {
        Address shipping = billing;
        shipping.kind = QStringLiteral("shipping");
        shipping.line1 =
            flavour >= 8
                ? QStringLiteral("Unit %1, Heathrow Cargo Centre").arg(rng.bounded(1u, 80u))
                : QStringLiteral("工业园%1栋").arg(rng.bounded(1u, 30u));
        c.addresses.append(shipping);
    }
    for (quint32 n = rng.bounded(3u); n > 0; --n)
        c.tags.append(QString::fromUtf8(pick(kTags, rng)));
    c.tags.removeDuplicates();
    c.source = QString::fromUtf8(pick(kSources, rng));
    return c;
}

} // namespace Erp::Server::Crm
