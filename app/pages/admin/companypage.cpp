#include "app/pages/admin/companypage.h"

#include "app/widgets/formerrors.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Erp::Client::Admin {

namespace {
constexpr int MaxLogoBytes = 512 * 1024; // the server's limit (docs/PROTOCOL.md)
const QString kGeneral = QStringLiteral("general");
const QString kSmallScale = QStringLiteral("small_scale");
} // namespace

CompanyPage::CompanyPage(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_client(api)
    , m_canWrite(api.hasPermission(CompanyClient::writePermission()))
    , m_errors(new FormErrors(this))
    , m_name(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_taxId(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_bankName(new QLineEdit(this))
    , m_bankAccount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_fiscalMonth(new QSpinBox(this))
    , m_fiscalDay(new QSpinBox(this))
    , m_vat(new QComboBox(this))
    , m_logo(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("Choose…"), this))
    , m_removeLogo(new QPushButton(tr("Remove"), this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("companyPage"));
    m_name->setObjectName(QStringLiteral("legalName"));
    m_taxId->setObjectName(QStringLiteral("taxId"));
    m_taxId->setMaxLength(32);
    m_taxId->setPlaceholderText(tr("18-character unified social credit code"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setObjectName(QStringLiteral("email"));
    m_bankName->setObjectName(QStringLiteral("bankName"));
    m_bankAccount->setObjectName(QStringLiteral("bankAccount"));
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setEditable(true);
    m_country->addItem(tr("China (CN)"), QStringLiteral("CN"));
    m_country->addItem(tr("Hong Kong (HK)"), QStringLiteral("HK"));
    m_country->addItem(tr("Germany (DE)"), QStringLiteral("DE"));
    m_country->addItem(tr("United States (US)"), QStringLiteral("US"));
    m_currency->setObjectName(QStringLiteral("baseCurrency"));
    m_currency->setEditable(true);
    for (const char* code : {"CNY", "HKD", "USD", "EUR", "JPY", "GBP"})
        m_currency->addItem(QString::fromLatin1(code));
    m_fiscalMonth->setObjectName(QStringLiteral("fiscalMonth"));
    m_fiscalMonth->setRange(1, 12);
    m_fiscalDay->setObjectName(QStringLiteral("fiscalDay"));
    m_fiscalDay->setRange(1, 31);
    m_vat->setObjectName(QStringLiteral("vatStatus"));
    m_vat->addItem(tr("General taxpayer (一般纳税人)"), kGeneral);
    m_vat->addItem(tr("Small-scale taxpayer (小规模纳税人)"), kSmallScale);
    m_logo->setObjectName(QStringLiteral("logoPreview"));
    m_logo->setFixedSize(160, 80);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_save->setObjectName(QStringLiteral("saveCompany"));
    m_save->setDefault(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_errors->addRow(form, tr("Legal name"), QStringLiteral("legal_name"), m_name, true);
    m_errors->addRow(form, tr("Country"), QStringLiteral("country"), m_country);
    m_errors->addRow(form, tr("Tax id"), QStringLiteral("tax_id"), m_taxId);
    m_errors->setRule(QStringLiteral("tax_id"),
                      tr("Outside China: 2–32 letters, digits, spaces, '-', '.' or '/'."));
    m_errors->addRow(form, tr("Address"), QStringLiteral("address"), m_address);
    m_errors->addRow(form, tr("Phone"), QStringLiteral("phone"), m_phone);
    m_errors->addRow(form, tr("E-mail"), QStringLiteral("email"), m_email);
    m_errors->addRow(form, tr("Bank"), QStringLiteral("bank_name"), m_bankName);
    m_errors->addRow(form, tr("Bank account"), QStringLiteral("bank_account"), m_bankAccount);
    m_errors->addRow(form, tr("Base currency"), QStringLiteral("base_currency"), m_currency);
    auto* fiscal = new QWidget(this);
    auto* fiscalRow = new QHBoxLayout(fiscal);
    fiscalRow->setContentsMargins(0, 0, 0, 0);
    fiscalRow->addWidget(new QLabel(tr("Month"), fiscal));
    fiscalRow->addWidget(m_fiscalMonth);
    fiscalRow->addWidget(new QLabel(tr("Day"), fiscal));
    fiscalRow->addWidget(m_fiscalDay);
    fiscalRow->addStretch();
    m_errors->addRow(form, tr("Fiscal year starts"), QStringLiteral("fiscal_year_start_day"),
                     fiscal, false, m_fiscalDay);
    m_errors->addRow(form, tr("VAT status"), QStringLiteral("vat_status"), m_vat);
    auto* logo = new QWidget(this);
    auto* logoRow = new QHBoxLayout(logo);
    logoRow->setContentsMargins(0, 0, 0, 0);
    logoRow->addWidget(m_logo);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    m_errors->addRow(form, tr("Logo"), QStringLiteral("logo"), logo, false, m_chooseLogo);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_errors->createMessageLabel(this), 1);
    buttons->addStretch(); // keeps Save at its size on the right while there is no message
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &CompanyPage::save);
    connect(m_chooseLogo, &QPushButton::clicked, this, &CompanyPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoData.clear();
        showLogo();
    });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &CompanyPage::save);
    for (QLineEdit* edit : {m_name, m_taxId, m_phone, m_email, m_bankName, m_bankAccount})
        connect(edit, &QLineEdit::returnPressed, this, &CompanyPage::save);

    for (QWidget* w : std::initializer_list<QWidget*>{
             m_name, m_country, m_taxId, m_address, m_phone, m_email, m_bankName, m_bankAccount,
             m_currency, m_fiscalMonth, m_fiscalDay, m_vat, m_chooseLogo, m_removeLogo, m_save})
        w->setEnabled(m_canWrite);
    reload();
}

void CompanyPage::reload()
{
    m_client.get(
        this, [this](const QJsonObject& p) { showProfile(p); },
        [this](const Rpc::Error& e) { m_errors->show(e); });
}

void CompanyPage::showProfile(const QJsonObject& p)
{
    m_errors->clear();
    m_name->setText(p.value(QLatin1String("legal_name")).toString());
    const QString country = p.value(QLatin1String("country")).toString();
    const int at = m_country->findData(country);
    if (at >= 0)
        m_country->setCurrentIndex(at);
    else
        m_country->setEditText(country);
    m_taxId->setText(p.value(QLatin1String("tax_id")).toString());
    m_address->setPlainText(p.value(QLatin1String("address")).toString());
    m_phone->setText(p.value(QLatin1String("phone")).toString());
    m_email->setText(p.value(QLatin1String("email")).toString());
    m_bankName->setText(p.value(QLatin1String("bank_name")).toString());
    m_bankAccount->setText(p.value(QLatin1String("bank_account")).toString());
    m_currency->setEditText(p.value(QLatin1String("base_currency")).toString());
    m_fiscalMonth->setValue(p.value(QLatin1String("fiscal_year_start_month")).toInt(1));
    m_fiscalDay->setValue(p.value(QLatin1String("fiscal_year_start_day")).toInt(1));
    m_vat->setCurrentIndex(
        qMax(0, m_vat->findData(p.value(QLatin1String("vat_status")).toString())));
    m_logoData = m_savedLogo = p.value(QLatin1String("logo")).toString();
    m_version = p.value(QLatin1String("version")).toInteger();
    showLogo();
    emit loaded();
}

QJsonObject CompanyPage::values() const
{
    QString country = m_country->currentData().toString();
    if (m_country->currentText() != m_country->itemText(m_country->currentIndex()))
        country = m_country->currentText().trimmed().toUpper();
    QJsonObject v{
        {QStringLiteral("legal_name"), m_name->text()},
        {QStringLiteral("country"), country},
        {QStringLiteral("tax_id"), m_taxId->text()},
        {QStringLiteral("address"), m_address->toPlainText()},
        {QStringLiteral("phone"), m_phone->text()},
        {QStringLiteral("email"), m_email->text()},
        {QStringLiteral("bank_name"), m_bankName->text()},
        {QStringLiteral("bank_account"), m_bankAccount->text()},
        {QStringLiteral("base_currency"), m_currency->currentText().trimmed()},
        {QStringLiteral("fiscal_year_start_month"), m_fiscalMonth->value()},
        {QStringLiteral("fiscal_year_start_day"), m_fiscalDay->value()},
        {QStringLiteral("vat_status"), m_vat->currentData().toString()},
    };
    if (m_logoData != m_savedLogo) // the image travels only when it changed
        v.insert(QStringLiteral("logo"), m_logoData);
    return v;
}

void CompanyPage::save()
{
    if (!m_canWrite || !m_save->isEnabled()) {
        emit saveFailed();
        return;
    }
    m_errors->clear();
    setBusy(true);
    m_client.update(
        m_version, values(), this,
        [this](const QJsonObject& p) {
            setBusy(false);
            showProfile(p);
            emit saved();
        },
        [this](const Rpc::Error& e) {
            setBusy(false);
            if (e.code == Rpc::VersionConflict) {
                m_errors->showMessage(tr("Someone else changed the company profile meanwhile. "
                                         "Reload it, then make your changes again."));
                return;
            }
            m_errors->show(e);
            // Codes the general texts do not cover, in the clerk's words.
            for (const QJsonValue& v : e.data.toObject().value(QLatin1String("fields")).toArray()) {
                const QString field = v.toObject().value(QLatin1String("field")).toString();
                const QString code = v.toObject().value(QLatin1String("code")).toString();
                if (code == QLatin1String("checksum"))
                    m_errors->showField(field, tr("This is not a valid unified social credit "
                                                  "code: check the 18 characters."));
                else if (field == QLatin1String("base_currency"))
                    m_errors->showField(field, tr("Enter an ISO 4217 currency code such as CNY."));
                else if (code == QLatin1String("too_large"))
                    m_errors->showField(field, tr("The logo may be at most 512 KB."));
                else if (code == QLatin1String("not_image"))
                    m_errors->showField(field, tr("The logo must be a PNG or JPEG image."));
                else if (code == QLatin1String("range"))
                    m_errors->showField(field, tr("This day does not exist in that month."));
            }
            emit saveFailed();
        });
}

bool CompanyPage::setLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors->showField(QStringLiteral("logo"), tr("The file cannot be read."));
        return false;
    }
    if (file.size() > MaxLogoBytes) {
        m_errors->showField(QStringLiteral("logo"), tr("The logo may be at most 512 KB."));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QImage image;
    if (!image.loadFromData(bytes) ||
        !(bytes.startsWith("\x89PNG") || bytes.startsWith(QByteArray("\xff\xd8\xff", 3)))) {
        m_errors->showField(QStringLiteral("logo"), tr("The logo must be a PNG or JPEG image."));
        return false;
    }
    m_logoData = QString::fromLatin1(bytes.toBase64());
    showLogo();
    return true;
}

void CompanyPage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

void CompanyPage::showLogo()
{
    QImage image;
    if (!m_logoData.isEmpty() && image.loadFromData(QByteArray::fromBase64(m_logoData.toLatin1())))
        m_logo->setPixmap(QPixmap::fromImage(image.scaled(
            m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else
        m_logo->setText(tr("No logo"));
    m_removeLogo->setEnabled(m_canWrite && !m_logoData.isEmpty());
}

void CompanyPage::setBusy(bool busy)
{
    m_save->setEnabled(m_canWrite && !busy);
}

} // namespace Erp::Client::Admin
