#include "app/pages/customers/importmapping.h"

#include "common/money.h"

#include <QHash>
#include <QJsonObject>

namespace Erp::Client::Customers {

namespace {
/// "Customer Name", "customer_name", "客户名称：" -> "customername", "客户名称".
QString normalized(const QString& header)
{
    QString out;
    for (const QChar ch : header.toLower()) {
        if (ch.isLetterOrNumber())
            out.append(ch);
    }
    return out;
}

const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> table = [] {
        const QList<QPair<const char*, QStringList>> words{
            {"code",
             {"code", "customercode", "customerno", "customernumber", "编码", "客户编码", "编号",
              "客户编号", "代码", "客户代码"}},
            {"name",
             {"name", "customer", "customername", "company", "companyname", "名称", "客户名称",
              "客户", "客户名", "公司", "公司名称", "单位名称", "姓名"}},
            {"kind", {"kind", "type", "customertype", "类型", "客户类型"}},
            {"tax_id",
             {"taxid", "taxnumber", "vat", "vatid", "税号", "纳税人识别号", "统一社会信用代码",
              "信用代码"}},
            {"industry", {"industry", "sector", "行业", "所属行业"}},
            {"source", {"source", "leadsource", "来源", "客户来源"}},
            {"tags", {"tags", "tag", "labels", "标签"}},
            {"credit_limit", {"creditlimit", "credit", "信用额度", "额度", "授信额度"}},
            {"currency", {"currency", "币种", "货币"}},
            {"payment_terms_days",
             {"paymenttermsdays", "paymentterms", "terms", "账期", "账期天", "付款期限",
              "付款天数"}},
            {"owner",
             {"owner", "salesrep", "accountmanager", "负责人", "业务员", "销售", "客户经理"}},
            {"contact_name", {"contactname", "contact", "contactperson", "联系人", "联系人姓名"}},
            {"contact_title", {"contacttitle", "title", "jobtitle", "position", "职务", "职位"}},
            {"phone",
             {"phone", "telephone", "tel", "mobile", "mobilephone", "cellphone", "phonenumber",
              "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码"}},
            {"email", {"email", "emailaddress", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件"}},
            {"country", {"country", "国家", "国家地区"}},
            {"province", {"province", "state", "region", "省份", "省", "所在省份"}},
            {"city", {"city", "town", "城市", "市", "所在城市"}},
            {"district", {"district", "county", "区", "区县", "地区"}},
            {"address",
             {"address", "street", "streetaddress", "address1", "line1", "地址", "详细地址",
              "街道地址", "通讯地址"}},
            {"postcode", {"postcode", "zip", "zipcode", "postalcode", "邮编", "邮政编码"}},
            {"notes", {"notes", "note", "remarks", "comment", "comments", "备注", "说明"}},
        };
        QHash<QString, QString> t;
        for (const auto& w : words) {
            for (const QString& alias : w.second)
                t.insert(normalized(alias), QLatin1String(w.first));
        }
        return t;
    }();
    return table;
}
} // namespace

QString ImportMapping::guess(const QString& header)
{
    return aliases().value(normalized(header));
}

QStringList ImportMapping::guessAll(const QStringList& headers)
{
    QStringList mapping;
    for (const QString& header : headers) {
        const QString field = guess(header);
        mapping.append(mapping.contains(field) ? QString() : field);
    }
    return mapping;
}

QString ImportMapping::cleanAmount(const QString& text)
{
    // Spreadsheets write "1,000.50", "¥1,000.50" or "1 000.50": keep the digits and the point.
    QString t = text.trimmed();
    for (const QChar c : {QChar(u','), QChar(u' '), QChar(0x00a0), QChar(u'¥'), QChar(u'￥'),
                          QChar(u'$'), QChar(u'€')})
        t.remove(c);
    if (t.endsWith(QStringLiteral("元")))
        t.chop(1);
    return Money::parse(t) ? t : text.trimmed();
}

QJsonArray ImportMapping::rows(const QList<QStringList>& records, const QStringList& mapping)
{
    QJsonArray out;
    for (const QStringList& values : records) {
        QJsonObject row;
        for (int i = 0; i < values.size() && i < mapping.size(); ++i) {
            const QString& field = mapping.at(i);
            if (field == QLatin1String("credit_limit"))
                row.insert(field, cleanAmount(values.at(i)));
            else if (!field.isEmpty())
                row.insert(field, values.at(i).trimmed());
        }
        out.append(row);
    }
    return out;
}

} // namespace Erp::Client::Customers
