#include "server/modules/crm/customerrepository.h"

#include "common/money.h"
#include "server/platform/jsontext.h"
#include "server/storage/bulkinsert.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace Erp::Server::Crm {

using Storage::exec;

namespace {

/// Counting every match over a million customers costs more than the page itself; beyond this
/// many the list says "10,000+" (a search "1,000+": its matches are found by scanning).
constexpr int CountCap = 10000;
constexpr int SearchCountCap = 1000;

const QString kColumns = QStringLiteral(
    "c.id, c.code, c.name, c.kind, c.tax_id, c.industry, c.source, c.tags, c.credit_limit, "
    "c.currency, "
    "c.payment_terms_days, c.owner_id, COALESCE(u.username, ''), c.status, c.notes, c.merged_into, "
    "c.created_at, c.updated_at, c.version, c.contact_name, c.phone, c.email, c.province, c.city");
const QString kFrom = QStringLiteral(" FROM customers c LEFT JOIN users u ON u.id = c.owner_id");

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QStringList tagsFrom(const QString& json)
{
    QStringList tags;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        tags.append(v.toString());
    return tags;
}

Customer readCustomer(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.kind = q.value(3).toString();
    c.taxId = q.value(4).toString();
    c.industry = q.value(5).toString();
    c.source = q.value(6).toString();
    c.tags = tagsFrom(q.value(7).toString());
    c.creditLimit = q.value(8).toLongLong();
    c.currency = q.value(9).toString();
    c.paymentTermsDays = q.value(10).toInt();
    c.ownerId = q.value(11).toLongLong();
    c.ownerName = q.value(12).toString();
    c.status = q.value(13).toString();
    c.notes = q.value(14).toString();
    c.mergedInto = q.value(15).toLongLong();
    c.createdAt = q.value(16).toString();
    c.updatedAt = q.value(17).toString();
    c.version = q.value(18).toLongLong();
    return c;
}

/// A list row, written straight from the query (columns of kColumns): the record's own fields
/// with the primary contact and default address flat, as stored on the row.
void writeListRow(Platform::JsonText& j, const QSqlQuery& q)
{
    const auto optionalId = [&j](const char* key, const QVariant& v) {
        if (v.isNull() || v.toLongLong() <= 0)
            j.null(key);
        else
            j.num(key, v.toLongLong());
    };
    j.beginObject()
        .num("id", q.value(0).toLongLong())
        .str("code", q.value(1).toString())
        .str("name", q.value(2).toString())
        .str("kind", q.value(3).toString())
        .str("tax_id", text(q.value(4).toString()))
        .str("industry", text(q.value(5).toString()))
        .str("source", text(q.value(6).toString()));
    // Stored as the compact JSON array the record was written with.
    const QByteArray tags = q.value(7).toString().toUtf8();
    j.raw("tags", tags.startsWith('[') && tags.endsWith(']') ? tags : QByteArray("[]"))
        .dec("credit_limit", q.value(8).toLongLong(), Money::Scale)
        .str("currency", q.value(9).toString())
        .num("payment_terms_days", q.value(10).toInt());
    optionalId("owner_id", q.value(11));
    j.str("owner_name", q.value(12).toString()).str("status", q.value(13).toString());
    optionalId("merged_into", q.value(15));
    j.str("created_at", q.value(16).toString())
        .str("updated_at", q.value(17).toString())
        .num("version", q.value(18).toLongLong())
        .str("contact_name", q.value(19).toString())
        .str("phone", q.value(20).toString())
        .str("email", q.value(21).toString())
        .str("province", q.value(22).toString())
        .str("city", q.value(23).toString())
        .endObject();
}

/// The statement of a list page or count. SQLite keeps it prepared (its plan does not depend
/// on the bound values; preparing costs as much as running a small search); PostgreSQL
/// prepares it per call, so that each is planned for its own values (a statement run five
/// times may switch to a generic plan, blind to how rare the search term is).
QSqlQuery& listStatement(Storage::Database& db, const QString& sql, std::optional<QSqlQuery>& own)
{
    QSqlQuery& q = db.sql().isSqlite() ? db.prepared(sql) : own.emplace(db.uncached(sql));
    q.setForwardOnly(true); // rows are read once: no cache of every row's values
    return q;
}

} // namespace

std::optional<Customer> CustomerRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + kFrom +
                                 QStringLiteral(" WHERE c.id = :id") + m_scope.andCondition());
    q.bindValue(QStringLiteral(":id"), id);
    m_scope.bind(q);
    exec(q);
    std::optional<Customer> c;
    if (q.next())
        c = readCustomer(q);
    q.finish();
    if (c)
        loadChildren(*c);
    return c;
}

void CustomerRepository::loadChildren(Customer& c)
{
    QSqlQuery& k = m_db.prepared(
        QStringLiteral("SELECT id, name, title, phone, email, is_primary FROM customer_contacts "
                       "WHERE customer_id = :id ORDER BY position"));
    k.bindValue(QStringLiteral(":id"), c.id);
    exec(k);
    while (k.next())
        c.contacts.append({k.value(0).toLongLong(), k.value(1).toString(), k.value(2).toString(),
                           k.value(3).toString(), k.value(4).toString(), k.value(5).toInt() != 0});
    k.finish();
    QSqlQuery& a =
        m_db.prepared(QStringLiteral("SELECT id, kind, country, province, city, district, line1, "
                                     "postcode, is_default FROM customer_addresses "
                                     "WHERE customer_id = :id ORDER BY position"));
    a.bindValue(QStringLiteral(":id"), c.id);
    exec(a);
    while (a.next())
        c.addresses.append({a.value(0).toLongLong(), a.value(1).toString(), a.value(2).toString(),
                            a.value(3).toString(), a.value(4).toString(), a.value(5).toString(),
                            a.value(6).toString(), a.value(7).toString(), a.value(8).toInt() != 0});
    a.finish();
}

qint64 CustomerRepository::idByCode(const QString& code)
{
    if (m_lookups) {
        const auto known = m_lookups->codes.constFind(code);
        if (known != m_lookups->codes.cend())
            return *known;
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM customers WHERE code = :code"));
    q.bindValue(QStringLiteral(":code"), code);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    if (m_lookups)
        m_lookups->note(CodeKey, code, id);
    return id;
}

qint64 CustomerRepository::idByTaxId(const QString& taxId, qint64 excludingId)
{
    if (m_lookups) {
        const auto known = m_lookups->taxIds.constFind(taxId);
        if (known != m_lookups->taxIds.cend())
            return *known == excludingId ? 0 : *known;
    }
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT id FROM customers WHERE tax_id = :tax AND id <> :id"));
    q.bindValue(QStringLiteral(":tax"), taxId);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

static void bindRecord(QSqlQuery& q, const Customer& c)
{
    const Contact* contact = c.primaryContact();
    const Address* address = c.defaultAddress();
    q.bindValue(QStringLiteral(":code"), c.code);
    q.bindValue(QStringLiteral(":name"), c.name);
    q.bindValue(QStringLiteral(":name_key"), text(normalizedNameKey(c.name)));
    q.bindValue(QStringLiteral(":kind"), c.kind);
    q.bindValue(QStringLiteral(":tax_id"), text(c.taxId));
    q.bindValue(QStringLiteral(":industry"), text(c.industry));
    q.bindValue(QStringLiteral(":source"), text(c.source));
    q.bindValue(
        QStringLiteral(":tags"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(c.tags)).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":credit_limit"), c.creditLimit);
    q.bindValue(QStringLiteral(":currency"), c.currency);
    q.bindValue(QStringLiteral(":terms"), c.paymentTermsDays);
    q.bindValue(QStringLiteral(":owner_id"),
                c.ownerId > 0 ? QVariant(c.ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":status"), c.status);
    q.bindValue(QStringLiteral(":notes"), text(c.notes));
    q.bindValue(QStringLiteral(":contact_name"), text(contact ? contact->name : QString()));
    q.bindValue(QStringLiteral(":phone"), text(contact ? contact->phone : QString()));
    q.bindValue(QStringLiteral(":email"), text(contact ? contact->email : QString()));
    q.bindValue(QStringLiteral(":province"), text(address ? address->province : QString()));
    q.bindValue(QStringLiteral(":city"), text(address ? address->city : QString()));
    q.bindValue(QStringLiteral(":merged_into"), c.mergedInto > 0
                                                    ? QVariant(c.mergedInto)
                                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":search_text"), text(searchText(c)));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

void CustomerRepository::insert(Customer& c)
{
    QList<Customer> one{c};
    insertMany(one);
    c = one.first();
}

void CustomerRepository::insertMany(QList<Customer>& records)
{
    using C = Storage::BulkInsert::Column;
    const QString now = Storage::nowText();
    const auto nullable = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
    Storage::BulkInsert customers(m_db, QStringLiteral("customers"),
                                  {C{QStringLiteral("code")},
                                   C{QStringLiteral("name")},
                                   C{QStringLiteral("name_key")},
                                   C{QStringLiteral("kind")},
                                   C{QStringLiteral("tax_id")},
                                   C{QStringLiteral("industry")},
                                   C{QStringLiteral("source")},
                                   C{QStringLiteral("tags")},
                                   C{QStringLiteral("credit_limit"), true},
                                   C{QStringLiteral("currency")},
                                   C{QStringLiteral("payment_terms_days"), true},
                                   C{QStringLiteral("owner_id"), true},
                                   C{QStringLiteral("status")},
                                   C{QStringLiteral("notes")},
                                   C{QStringLiteral("contact_name")},
                                   C{QStringLiteral("phone")},
                                   C{QStringLiteral("email")},
                                   C{QStringLiteral("province")},
                                   C{QStringLiteral("city")},
                                   C{QStringLiteral("merged_into"), true},
                                   C{QStringLiteral("search_text")},
                                   C{QStringLiteral("created_at")},
                                   C{QStringLiteral("updated_at")},
                                   C{QStringLiteral("version"), true}},
                                  QStringLiteral("id, code"));
    QHash<QString, qsizetype> byCode;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Customer& c = records.at(i);
        const Contact* contact = c.primaryContact();
        const Address* address = c.defaultAddress();
        byCode.insert(c.code, i);
        customers.add(
            {c.code,
             c.name,
             text(normalizedNameKey(c.name)),
             c.kind,
             text(c.taxId),
             text(c.industry),
             text(c.source),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(c.tags)).toJson(QJsonDocument::Compact)),
             c.creditLimit,
             c.currency,
             c.paymentTermsDays,
             nullable(c.ownerId),
             c.status,
             text(c.notes),
             text(contact ? contact->name : QString()),
             text(contact ? contact->phone : QString()),
             text(contact ? contact->email : QString()),
             text(address ? address->province : QString()),
             text(address ? address->city : QString()),
             nullable(c.mergedInto),
             text(searchText(c)),
             now,
             now,
             1});
    }
    // RETURNING promises no order: the code (unique) says which record got which id.
    customers.exec([&records, &byCode, &now](const QSqlQuery& q) {
        Customer& c = records[byCode.value(q.value(1).toString())];
        c.id = q.value(0).toLongLong();
        c.version = 1;
        c.createdAt = c.updatedAt = now;
    });

    Storage::BulkInsert contacts(m_db, QStringLiteral("customer_contacts"),
                                 {C{QStringLiteral("customer_id"), true},
                                  C{QStringLiteral("position"), true}, C{QStringLiteral("name")},
                                  C{QStringLiteral("title")}, C{QStringLiteral("phone")},
                                  C{QStringLiteral("phone_digits")}, C{QStringLiteral("email")},
                                  C{QStringLiteral("is_primary"), true}});
    Storage::BulkInsert addresses(
        m_db, QStringLiteral("customer_addresses"),
        {C{QStringLiteral("customer_id"), true}, C{QStringLiteral("position"), true},
         C{QStringLiteral("kind")}, C{QStringLiteral("country")}, C{QStringLiteral("province")},
         C{QStringLiteral("city")}, C{QStringLiteral("district")}, C{QStringLiteral("line1")},
         C{QStringLiteral("postcode")}, C{QStringLiteral("is_default"), true}});
    Storage::BulkInsert tags(m_db, QStringLiteral("customer_tags"),
                             {C{QStringLiteral("customer_id"), true}, C{QStringLiteral("tag")}});
    Storage::BulkInsert bigrams(m_db, QStringLiteral("customer_bigrams"),
                                {C{QStringLiteral("bigram")}, C{QStringLiteral("name")},
                                 C{QStringLiteral("customer_id"), true}});
    for (const Customer& c : std::as_const(records)) {
        int position = 0;
        for (const Contact& k : c.contacts)
            contacts.add({c.id, position++, text(k.name), text(k.title), text(k.phone),
                          text(phoneDigits(k.phone)), text(k.email.toLower()),
                          k.isPrimary ? 1 : 0});
        position = 0;
        for (const Address& a : c.addresses)
            addresses.add({c.id, position++, a.kind, text(a.country), text(a.province),
                           text(a.city), text(a.district), text(a.line1), text(a.postcode),
                           a.isDefault ? 1 : 0});
        for (const QString& tag : c.tags)
            tags.add({c.id, tag});
        for (const QString& pair : searchBigrams(searchText(c)))
            bigrams.add({pair, c.name, c.id});
    }
    contacts.exec();
    addresses.exec();
    tags.exec();
    bigrams.exec();
}

bool CustomerRepository::update(const Customer& c, qint64 expectedVersion)
{
    // What the bigram index holds for the record now: rewritten below if it changes.
    QSqlQuery& stored =
        m_db.prepared(QStringLiteral("SELECT name, search_text FROM customers WHERE id = :id"));
    stored.bindValue(QStringLiteral(":id"), c.id);
    exec(stored);
    QString oldName, oldText;
    if (stored.next()) {
        oldName = stored.value(0).toString();
        oldText = stored.value(1).toString();
    }
    stored.finish();

    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE customers SET code = :code, name = :name, name_key = :name_key, kind = :kind, "
        "tax_id = :tax_id, "
        "industry = :industry, source = :source, tags = :tags, credit_limit = :credit_limit, "
        "currency = :currency, "
        "payment_terms_days = :terms, owner_id = :owner_id, status = :status, notes = :notes, "
        "contact_name = :contact_name, phone = :phone, email = :email, province = :province, city "
        "= :city, "
        "merged_into = :merged_into, search_text = :search_text, updated_at = :now, version = "
        "version + 1 "
        "WHERE id = :id AND version = :version"));
    bindRecord(q, c);
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    for (const char* table : {"customer_contacts", "customer_addresses", "customer_tags"}) {
        QSqlQuery& del = m_db.prepared(
            QStringLiteral("DELETE FROM %1 WHERE customer_id = :id").arg(QLatin1String(table)));
        del.bindValue(QStringLiteral(":id"), c.id);
        exec(del);
    }
    writeChildren(c, c.id);
    const QString newText = searchText(c);
    if (newText != oldText || c.name != oldName)
        writeBigrams(c.id, oldText, oldName, newText, c.name);
    return true;
}

void CustomerRepository::writeBigrams(qint64 id, const QString& oldText, const QString& oldName,
                                      const QString& newText, const QString& newName)
{
    QStringList gone = searchBigrams(oldText);
    QStringList come = searchBigrams(newText);
    if (oldName == newName) { // the rows of pairs in both texts stay as they are
        const QStringList before = gone;
        gone.removeIf([&come](const QString& b) { return come.contains(b); });
        come.removeIf([&before](const QString& b) { return before.contains(b); });
    }
    const auto list = [](const QStringList& bigrams) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(bigrams)).toJson(QJsonDocument::Compact));
    };
    if (!gone.isEmpty()) {
        QSqlQuery& del = m_db.prepared(
            QStringLiteral("DELETE FROM customer_bigrams WHERE customer_id = :id AND name = :name "
                           "AND bigram IN (") +
            m_db.sql().textListSelect(QStringLiteral("bigrams")) + QStringLiteral(")"));
        del.bindValue(QStringLiteral(":id"), id);
        del.bindValue(QStringLiteral(":name"), oldName);
        del.bindValue(QStringLiteral(":bigrams"), list(gone));
        exec(del);
    }
    if (!come.isEmpty()) {
        // ON CONFLICT (with the WHERE SQLite's parser needs before it): a pair already there
        // is fine.
        QSqlQuery& add = m_db.prepared(
            QStringLiteral("INSERT INTO customer_bigrams (bigram, name, customer_id) "
                           "SELECT t.value, CAST(:name AS TEXT), CAST(:id AS BIGINT) FROM (") +
            m_db.sql().textListSelect(QStringLiteral("bigrams")) +
            QStringLiteral(") t WHERE true ON CONFLICT DO NOTHING"));
        add.bindValue(QStringLiteral(":name"), newName);
        add.bindValue(QStringLiteral(":id"), id);
        add.bindValue(QStringLiteral(":bigrams"), list(come));
        exec(add);
    }
}

void CustomerRepository::writeChildren(const Customer& c, qint64 id)
{
    int position = 0;
    for (const Contact& k : c.contacts) {
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("INSERT INTO customer_contacts (customer_id, position, name, title, "
                           "phone, phone_digits, email, is_primary) "
                           "VALUES (:id, :pos, :name, :title, :phone, :digits, :email, :primary)"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":pos"), position++);
        q.bindValue(QStringLiteral(":name"), text(k.name));
        q.bindValue(QStringLiteral(":title"), text(k.title));
        q.bindValue(QStringLiteral(":phone"), text(k.phone));
        q.bindValue(QStringLiteral(":digits"), text(phoneDigits(k.phone)));
        q.bindValue(QStringLiteral(":email"), text(k.email.toLower()));
        q.bindValue(QStringLiteral(":primary"), k.isPrimary ? 1 : 0);
        exec(q);
    }
    position = 0;
    for (const Address& a : c.addresses) {
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("INSERT INTO customer_addresses (customer_id, position, kind, country, "
                           "province, city, district, line1, "
                           "postcode, is_default) VALUES (:id, :pos, :kind, :country, :province, "
                           ":city, :district, :line1, :postcode, "
                           ":default)"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":pos"), position++);
        q.bindValue(QStringLiteral(":kind"), a.kind);
        q.bindValue(QStringLiteral(":country"), text(a.country));
        q.bindValue(QStringLiteral(":province"), text(a.province));
        q.bindValue(QStringLiteral(":city"), text(a.city));
        q.bindValue(QStringLiteral(":district"), text(a.district));
        q.bindValue(QStringLiteral(":line1"), text(a.line1));
        q.bindValue(QStringLiteral(":postcode"), text(a.postcode));
        q.bindValue(QStringLiteral(":default"), a.isDefault ? 1 : 0);
        exec(q);
    }
    for (const QString& tag : c.tags) {
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (:id, :tag)"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":tag"), tag);
        exec(q);
    }
}

QList<CustomerRepository::Probe> CustomerRepository::probesOf(const Customer& c)
{
    QList<Probe> probes;
    if (!c.taxId.isEmpty())
        probes.append({QStringLiteral("tax_id"), c.taxId});
    for (const Contact& k : c.contacts) {
        const QString digits = phoneDigits(k.phone);
        if (digits.size() >= 7)
            probes.append({QStringLiteral("phone"), digits});
        if (!k.email.isEmpty())
            probes.append({QStringLiteral("email"), k.email.toLower()});
    }
    const QString key = normalizedNameKey(c.name);
    if (!key.isEmpty())
        probes.append({QStringLiteral("name"), key});
    return probes;
}

QList<DuplicateHit> CustomerRepository::probeHits(const Probe& probe, qint64 selfId)
{
    const QString key = probe.reason + QChar(0x1f) + probe.value;
    QList<DuplicateHit> hits;
    if (m_lookups) {
        const auto known = m_lookups->probes.constFind(key);
        if (known != m_lookups->probes.cend()) {
            for (const DuplicateHit& h : *known)
                if (h.id != selfId)
                    hits.append(h);
            return hits;
        }
    }
    static const QHash<QString, QString> conditions{
        {QStringLiteral("tax_id"), QStringLiteral("WHERE c.tax_id = :v")},
        {QStringLiteral("phone"), QStringLiteral("JOIN customer_contacts k ON k.customer_id = "
                                                 "c.id WHERE k.phone_digits = :v")},
        {QStringLiteral("email"),
         QStringLiteral("JOIN customer_contacts k ON k.customer_id = c.id WHERE k.email = :v")},
        {QStringLiteral("name"), QStringLiteral("WHERE c.name_key = :v")},
    };
    // Remembered lookups hold every hit; a lookup for the caller stops at ten.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT DISTINCT c.id, c.code, c.name FROM customers c ") +
        conditions.value(probe.reason) +
        QStringLiteral(" AND c.id <> :self AND c.status <> 'merged'") + m_scope.andCondition() +
        (m_lookups ? QString() : QStringLiteral(" LIMIT 10")));
    q.bindValue(QStringLiteral(":v"), probe.value);
    q.bindValue(QStringLiteral(":self"), m_lookups ? 0 : selfId);
    m_scope.bind(q);
    exec(q);
    while (q.next())
        hits.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), probe.reason});
    q.finish();
    if (m_lookups) {
        std::sort(hits.begin(), hits.end(),
                  [](const DuplicateHit& a, const DuplicateHit& b) { return a.id < b.id; });
        hits.append(m_lookups->unwritten.value(key)); // remembered, not written yet
        m_lookups->probes.insert(key, hits);
        for (const DuplicateHit& h : std::as_const(hits))
            m_lookups->keysOf[h.id].append({ProbeKey, key});
        hits.removeIf([selfId](const DuplicateHit& h) { return h.id == selfId; });
    }
    return hits;
}

QList<DuplicateHit> CustomerRepository::duplicates(const Customer& c, int limit)
{
    QList<DuplicateHit> hits;
    for (const Probe& probe : probesOf(c)) {
        for (const DuplicateHit& h : probeHits(probe, c.id)) {
            if (hits.size() >= limit)
                return hits;
            if (std::none_of(hits.begin(), hits.end(),
                             [&h](const DuplicateHit& x) { return x.id == h.id; }))
                hits.append(h);
        }
    }
    return hits;
}

void CustomerRepository::Lookups::note(int kind, const QString& key, qint64 id)
{
    (kind == CodeKey ? codes : taxIds).insert(key, id);
    if (id != 0)
        keysOf[id].append({kind, key});
}

void CustomerRepository::prefetch(const QList<const Customer*>& records)
{
    if (!m_lookups)
        m_lookups = std::make_unique<Lookups>();
    QStringList codes;
    QStringList taxIds;
    QHash<QString, QStringList> probeValues; // reason -> values (records without a code)
    for (const Customer* c : records) {
        if (!c->code.isEmpty())
            codes.append(c->code);
        if (!c->taxId.isEmpty())
            taxIds.append(c->taxId);
        if (c->code.isEmpty())
            for (const Probe& p : probesOf(*c))
                if (p.reason != QLatin1String("tax_id"))
                    probeValues[p.reason].append(p.value);
    }
    prefetchCodes(codes);
    taxIds.removeDuplicates();
    taxIds.removeIf([this](const QString& t) { return m_lookups->taxIds.contains(t); });
    for (const QString& t : std::as_const(taxIds)) {
        m_lookups->taxIds.insert(t, 0);
        m_lookups->probes.insert(QStringLiteral("tax_id") + QChar(0x1f) + t, {});
    }
    if (!taxIds.isEmpty()) {
        QSqlQuery& q = m_db.prepared(
            QStringLiteral(
                "SELECT tax_id, id, code, name, status FROM customers WHERE tax_id IN (") +
            m_db.sql().textListSelect(QStringLiteral("keys")) + QStringLiteral(")"));
        q.bindValue(QStringLiteral(":keys"), Storage::SqlDialect::textList(taxIds));
        exec(q);
        while (q.next()) {
            const QString tax = q.value(0).toString();
            const qint64 id = q.value(1).toLongLong();
            m_lookups->note(TaxIdKey, tax, id);
            if (q.value(4).toString() != QLatin1String("merged")) {
                const QString key = QStringLiteral("tax_id") + QChar(0x1f) + tax;
                m_lookups->probes[key].append(
                    {id, q.value(2).toString(), q.value(3).toString(), QStringLiteral("tax_id")});
                m_lookups->keysOf[id].append({ProbeKey, key});
            }
        }
        q.finish();
    }
    static const QHash<QString, QString> selects{
        {QStringLiteral("phone"),
         QStringLiteral(
             "SELECT DISTINCT k.phone_digits, c.id, c.code, c.name FROM customers c "
             "JOIN customer_contacts k ON k.customer_id = c.id WHERE k.phone_digits IN (")},
        {QStringLiteral("email"),
         QStringLiteral("SELECT DISTINCT k.email, c.id, c.code, c.name FROM customers c JOIN "
                        "customer_contacts k ON k.customer_id = c.id WHERE k.email IN (")},
        {QStringLiteral("name"),
         QStringLiteral("SELECT c.name_key, c.id, c.code, c.name FROM customers c WHERE "
                        "c.name_key IN (")},
    };
    for (auto it = probeValues.begin(); it != probeValues.end(); ++it) {
        it->removeDuplicates();
        it->removeIf([this, &it](const QString& v) {
            return m_lookups->probes.contains(it.key() + QChar(0x1f) + v);
        });
        if (it->isEmpty())
            continue;
        for (const QString& v : std::as_const(*it))
            m_lookups->probes.insert(it.key() + QChar(0x1f) + v, {});
        QSqlQuery& q = m_db.prepared(selects.value(it.key()) +
                                     m_db.sql().textListSelect(QStringLiteral("keys")) +
                                     QStringLiteral(") AND c.status <> 'merged'") +
                                     m_scope.andCondition() + QStringLiteral(" ORDER BY 2"));
        q.bindValue(QStringLiteral(":keys"), Storage::SqlDialect::textList(*it));
        m_scope.bind(q);
        exec(q);
        while (q.next()) {
            const QString key = it.key() + QChar(0x1f) + q.value(0).toString();
            const qint64 id = q.value(1).toLongLong();
            m_lookups->probes[key].append(
                {id, q.value(2).toString(), q.value(3).toString(), it.key()});
            m_lookups->keysOf[id].append({ProbeKey, key});
        }
        q.finish();
    }
}

void CustomerRepository::prefetchCodes(const QStringList& codes)
{
    if (!m_lookups)
        m_lookups = std::make_unique<Lookups>();
    QStringList unknown;
    for (const QString& code : codes) {
        if (m_lookups->codes.contains(code))
            continue; // known already (a new customer of the batch may have it)
        m_lookups->codes.insert(code, 0);
        unknown.append(code);
    }
    if (unknown.isEmpty())
        return;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT code, id FROM customers WHERE code IN (") +
                      m_db.sql().textListSelect(QStringLiteral("keys")) + QStringLiteral(")"));
    q.bindValue(QStringLiteral(":keys"), Storage::SqlDialect::textList(unknown));
    exec(q);
    while (q.next())
        m_lookups->note(CodeKey, q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
}

void CustomerRepository::remember(const Customer& c)
{
    if (!m_lookups)
        m_lookups = std::make_unique<Lookups>();
    m_lookups->note(CodeKey, c.code, c.id);
    if (!c.taxId.isEmpty())
        m_lookups->note(TaxIdKey, c.taxId, c.id);
    if (c.status == QLatin1String("merged"))
        return;
    for (const Probe& p : probesOf(c)) {
        const QString key = p.reason + QChar(0x1f) + p.value;
        const DuplicateHit hit{c.id, c.code, c.name, p.reason};
        QList<DuplicateHit>& unwritten = m_lookups->unwritten[key];
        if (std::any_of(unwritten.cbegin(), unwritten.cend(),
                        [&c](const DuplicateHit& h) { return h.id == c.id; }))
            continue; // two contacts with one phone
        unwritten.append(hit);
        const auto known = m_lookups->probes.find(key);
        if (known != m_lookups->probes.end()) {
            known->append(hit);
            m_lookups->keysOf[c.id].append({ProbeKey, key});
        }
    }
}

void CustomerRepository::resolve(const QHash<qint64, qint64>& ids)
{
    if (!m_lookups)
        return;
    for (auto written = ids.cbegin(); written != ids.cend(); ++written) {
        const qint64 placeholder = written.key();
        const qint64 id = written.value();
        const QList<std::pair<int, QString>> keys = m_lookups->keysOf.take(placeholder);
        for (const auto& [kind, key] : keys) {
            if (kind == ProbeKey) {
                for (DuplicateHit& h : m_lookups->probes[key])
                    if (h.id == placeholder)
                        h.id = id;
            } else {
                (kind == CodeKey ? m_lookups->codes : m_lookups->taxIds).insert(key, id);
            }
        }
        m_lookups->keysOf[id].append(keys);
    }
    // Written: a lookup of the store finds them from now on.
    for (auto it = m_lookups->unwritten.begin(); it != m_lookups->unwritten.end();) {
        it->removeIf([&ids](const DuplicateHit& h) { return ids.contains(h.id); });
        it = it->isEmpty() ? m_lookups->unwritten.erase(it) : std::next(it);
    }
}

void CustomerRepository::forget(qint64 id)
{
    if (!m_lookups)
        return;
    const auto erase = [this](int kind, const QString& key) {
        if (kind == CodeKey)
            m_lookups->codes.remove(key);
        else if (kind == TaxIdKey)
            m_lookups->taxIds.remove(key);
        else
            m_lookups->probes.remove(key);
    };
    for (const auto& [kind, key] : m_lookups->keysOf.take(id))
        erase(kind, key);
    // What the customer's keys answer now is asked of the store the next time.
    if (const std::optional<Customer> now = byId(id)) {
        erase(CodeKey, now->code);
        erase(TaxIdKey, now->taxId);
        for (const Probe& p : probesOf(*now))
            erase(ProbeKey, p.reason + QChar(0x1f) + p.value);
    }
}

QString CustomerRepository::whereClause(const Storage::ListQuery& query, Search* search,
                                        bool bigramJoined) const
{
    const QJsonObject& f = query.filter;
    QString where;
    const QString status = f.value(QLatin1String("status")).toString();
    if (status.isEmpty() || status == QLatin1String("all"))
        where += QStringLiteral(" WHERE c.status <> 'merged'");
    else
        where += QStringLiteral(" WHERE c.status = :status");
    where += m_scope.andCondition(); // record rules: rows the caller may not see are not there
    if (f.value(QLatin1String("kind")).isString())
        where += QStringLiteral(" AND c.kind = :kind");
    if (f.value(QLatin1String("owner_id")).isDouble())
        where += QStringLiteral(" AND c.owner_id = :owner");
    if (f.value(QLatin1String("province")).isString())
        where += QStringLiteral(" AND c.province = :province");
    if (f.value(QLatin1String("city")).isString())
        where += QStringLiteral(" AND c.city = :city");
    if (f.value(QLatin1String("tag")).isString())
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = "
                                "c.id AND t.tag = :tag)");
    *search = Search::None;
    if (query.search.isEmpty())
        return where;
    // Trigram indexes serve terms of three characters or more, the bigram index two non-ASCII
    // characters; other short terms scan.
    const QString term = query.search.toLower();
    if (isBigramTerm(term)) {
        *search = Search::Bigram;
        // Joined, the index serves the count and the page by name: its rows are exactly the
        // customers whose search text contains the pair (tst_customers_search checks it row
        // by row), so no LIKE runs on top — on PostgreSQL that LIKE's guessed selectivity
        // alone turned the plan into a parallel one, 60 ms instead of 1. Other sorts scan
        // along their own index as before: a common pair (科技: 5 % of a million) as a set of
        // ids would be fetched and sorted whole (seconds), while the scan finds a page of it
        // within a few thousand rows.
        return where + (bigramJoined
                            ? QStringLiteral(" AND b.bigram = :bigram AND c.id = b.customer_id")
                            : QStringLiteral(" AND c.search_text LIKE :q ESCAPE '\\'"));
    }
    *search = m_db.sql().usesFtsFor(term) ? Search::Fts : Search::Like;
    where += *search == Search::Fts
                 ? QStringLiteral(" AND c.id IN (SELECT rowid FROM customers_fts "
                                  "WHERE customers_fts MATCH :fts)")
                 : QStringLiteral(" AND c.search_text LIKE :q ESCAPE '\\'");
    return where;
}

void CustomerRepository::bindWhere(QSqlQuery& q, const Storage::ListQuery& query, Search search,
                                   bool bigramJoined) const
{
    const QJsonObject& f = query.filter;
    const QString status = f.value(QLatin1String("status")).toString();
    if (!status.isEmpty() && status != QLatin1String("all"))
        q.bindValue(QStringLiteral(":status"), status);
    if (f.value(QLatin1String("kind")).isString())
        q.bindValue(QStringLiteral(":kind"), f.value(QLatin1String("kind")).toString());
    if (f.value(QLatin1String("owner_id")).isDouble())
        q.bindValue(QStringLiteral(":owner"),
                    qint64(f.value(QLatin1String("owner_id")).toDouble()));
    if (f.value(QLatin1String("province")).isString())
        q.bindValue(QStringLiteral(":province"), f.value(QLatin1String("province")).toString());
    if (f.value(QLatin1String("city")).isString())
        q.bindValue(QStringLiteral(":city"), f.value(QLatin1String("city")).toString());
    if (f.value(QLatin1String("tag")).isString())
        q.bindValue(QStringLiteral(":tag"), f.value(QLatin1String("tag")).toString());
    m_scope.bind(q);
    const QString term = query.search.toLower();
    if (search == Search::Fts)
        q.bindValue(QStringLiteral(":fts"), Storage::ftsPhrase(term));
    if (search == Search::Like || (search == Search::Bigram && !bigramJoined))
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(term));
    if (search == Search::Bigram && bigramJoined)
        q.bindValue(QStringLiteral(":bigram"), term);
}

QByteArray CustomerRepository::list(const Storage::ListQuery& query)
{
    Search search = Search::None;
    QString where = whereClause(query, &search);
    const int cap = query.search.isEmpty() ? CountCap : SearchCountCap;
    // A two-character term reads the bigram index's range for it, in (name, id) order: the
    // count stops after cap + 1 hits, and a page by name is the next rows of that range.
    const bool bigram = search == Search::Bigram;
    const QString bigramFrom = QStringLiteral(" FROM customer_bigrams b CROSS JOIN customers c");
    const QString countWhere = bigram ? whereClause(query, &search, true) : where;

    // The sort key rides along as the last column: it becomes next_after for keyset paging.
    QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QString from = kFrom;
    QString keyset = query.keysetCondition();
    QString orderBy = query.orderBy;
    const bool pageJoined = bigram && query.sortExpression == QLatin1String("c.name");
    if (pageJoined) {
        // b.name is c.name: ordering by the index's own columns lets the store read the page
        // off the index range instead of collecting and sorting every match.
        const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        sortKey = QStringLiteral("b.name");
        from = bigramFrom + QStringLiteral(" LEFT JOIN users u ON u.id = c.owner_id");
        where = countWhere;
        if (!keyset.isEmpty())
            keyset = QStringLiteral(" AND (b.name, b.customer_id) %1 (:after_key, :after_id)")
                         .arg(query.descending ? QStringLiteral("<") : QStringLiteral(">"));
        orderBy =
            QStringLiteral(" ORDER BY b.name") + dir + QStringLiteral(", b.customer_id") + dir;
    }
    std::optional<QSqlQuery> ownPage, ownCount;
    QSqlQuery& q =
        listStatement(m_db,
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + sortKey + from +
                          where + keyset + orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"),
                      ownPage);
    bindWhere(q, query, search, pageJoined);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    Platform::JsonText json;
    json.beginObject().beginArray("rows");
    qint64 rowCount = 0;
    QVariant lastKey;
    qint64 lastId = 0;
    while (q.next()) {
        writeListRow(json, q);
        ++rowCount;
        lastKey = q.value(24);
        lastId = q.value(0).toLongLong();
    }
    q.finish();
    json.endArray();
    // A short first (or offset) page already says how many there are; otherwise count, capped
    // (a search: one pass over the matches instead of two).
    qint64 counted = query.offset + rowCount;
    if (!(query.after.isEmpty() && rowCount < query.limit && (rowCount > 0 || query.offset == 0))) {
        QSqlQuery& count =
            listStatement(m_db,
                          QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") +
                              (bigram ? bigramFrom : QStringLiteral(" FROM customers c")) +
                              countWhere + QStringLiteral(" LIMIT %1) capped").arg(cap + 1),
                          ownCount);
        bindWhere(count, query, search, bigram);
        exec(count);
        counted = Storage::oneInteger(count);
    }
    const bool capped = counted > cap;
    json.num("total", capped ? qMax<qint64>(cap, query.offset + rowCount) : counted)
        .boolean("total_capped", capped);
    if (rowCount == query.limit) // [] with several sort keys: no keyset paging then
        json.raw("next_after",
                 QJsonDocument(query.nextAfter(lastKey, lastId)).toJson(QJsonDocument::Compact));
    else
        json.null("next_after");
    return json.endObject().text();
}

QList<Customer> CustomerRepository::listForExport(const Storage::ListQuery& query,
                                                  const QJsonArray& ids, int cap, bool* truncated)
{
    Search search = Search::None;
    QString where = whereClause(query, &search);
    if (!ids.isEmpty())
        where += QStringLiteral(" AND c.id IN (") + m_db.sql().idListSelect() + QStringLiteral(")");
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kColumns + kFrom + where +
                                query.orderBy + QStringLiteral(" LIMIT :limit"));
    bindWhere(q, query, search);
    if (!ids.isEmpty())
        q.bindValue(QStringLiteral(":ids"),
                    QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":limit"), cap + 1);
    exec(q);
    QList<Customer> out;
    while (q.next())
        out.append(readCustomer(q));
    q.finish();
    *truncated = out.size() > cap;
    if (*truncated)
        out.removeLast();
    for (Customer& c : out)
        loadChildren(c);
    return out;
}

bool CustomerRepository::userIsActive(qint64 userId)
{
    const auto cached = m_activeUsers.constFind(userId);
    if (cached != m_activeUsers.constEnd())
        return *cached;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT active FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
    const bool active = Storage::oneInteger(q) != 0;
    m_activeUsers.insert(userId, active);
    return active;
}

qint64 CustomerRepository::userIdByName(const QString& username)
{
    const auto cached = m_userIds.constFind(username);
    if (cached != m_userIds.constEnd())
        return *cached;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM users WHERE username = :u"));
    q.bindValue(QStringLiteral(":u"), username);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    m_userIds.insert(username, id);
    return id;
}

} // namespace Erp::Server::Crm
