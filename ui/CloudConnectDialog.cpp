#include "CloudConnectDialog.h"

#include "CloudClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cvm::ui {

namespace {
const QString kKind = QStringLiteral("cloud/credentialSource");
const QString kFile = QStringLiteral("cloud/credentialsFile");
const QString kProfile = QStringLiteral("cloud/profile");
const QString kAccount = QStringLiteral("cloud/account");
const QString kEndpoint = QStringLiteral("cloud/endpoint");
const QString kCaFile = QStringLiteral("cloud/caFile");
} // namespace

CloudConnection CloudConnection::load(QSettings &s)
{
    CloudConnection c;
    const QString kind = s.value(kKind).toString();
    c.source.kind = kind == QLatin1String("environment")
                        ? cloud::CredentialSource::Kind::Environment
                    : kind == QLatin1String("profile") ? cloud::CredentialSource::Kind::Profile
                                                       : cloud::CredentialSource::Kind::File;
    c.source.file = s.value(kFile).toString();
    c.source.profile = s.value(kProfile).toString();
    c.source.accountId = s.value(kAccount).toString();
    c.endpoint = s.value(kEndpoint, QStringLiteral("default")).toString();
    c.caFile = s.value(kCaFile).toString();
    return c;
}

void CloudConnection::save(QSettings &s) const
{
    s.setValue(kKind, source.kind == cloud::CredentialSource::Kind::Environment
                          ? QStringLiteral("environment")
                      : source.kind == cloud::CredentialSource::Kind::Profile
                          ? QStringLiteral("profile")
                          : QStringLiteral("file"));
    s.setValue(kFile, source.file);
    s.setValue(kProfile, source.profile);
    s.setValue(kAccount, source.accountId);
    s.setValue(kEndpoint, endpoint);
    s.setValue(kCaFile, caFile);
}

bool CloudConnection::isSet() const
{
    switch (source.kind) {
    case cloud::CredentialSource::Kind::File:
        return !source.file.isEmpty();
    case cloud::CredentialSource::Kind::Environment:
        return !source.accountId.isEmpty();
    case cloud::CredentialSource::Kind::Profile:
        return !source.profile.isEmpty() && !source.accountId.isEmpty();
    }
    return false;
}

std::unique_ptr<cloud::CloudClient> CloudConnection::client(cloud::ClientOptions options,
                                                            QString *error) const
{
    const auto credentials = cloud::CloudCredentials::load(source, error);
    if (!credentials)
        return nullptr;
    const QUrl url = cloud::CloudClient::endpointFromText(endpoint);
    if (url.isEmpty()) {
        *error = tr("The endpoint is not an http(s) URL: %1").arg(endpoint);
        return nullptr;
    }
    options.caFile = caFile;
    return std::make_unique<cloud::CloudClient>(url, *credentials, options);
}

CloudConnectDialog::CloudConnectDialog(const CloudConnection &c, QWidget *parent)
    : OperationDialog(parent)
{
    setObjectName(QStringLiteral("cloudConnectDialog"));
    m_sourceLabel = new QLabel(this);
    m_file = new QRadioButton(this);
    m_file->setObjectName(QStringLiteral("sourceFile"));
    m_environment = new QRadioButton(this);
    m_environment->setObjectName(QStringLiteral("sourceEnvironment"));
    m_profile = new QRadioButton(this);
    m_profile->setObjectName(QStringLiteral("sourceProfile"));
    m_filePath = new QLineEdit(c.source.file, this);
    m_filePath->setObjectName(QStringLiteral("credentialsFile"));
    m_browse = new QPushButton(this);
    m_profileName = new QLineEdit(c.source.profile, this);
    m_profileName->setObjectName(QStringLiteral("profileName"));
    m_account = new QLineEdit(c.source.accountId, this);
    m_account->setObjectName(QStringLiteral("accountId"));
    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    for (int i = 0; i < 3; ++i)
        m_endpoint->addItem(QString());
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_caFile = new QLineEdit(c.caFile, this);
    m_fileLabel = new QLabel(this);
    m_profileLabel = new QLabel(this);
    m_accountLabel = new QLabel(this);
    m_endpointLabel = new QLabel(this);
    m_urlLabel = new QLabel(this);
    m_caLabel = new QLabel(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    switch (c.source.kind) {
    case cloud::CredentialSource::Kind::File:
        m_file->setChecked(true);
        break;
    case cloud::CredentialSource::Kind::Environment:
        m_environment->setChecked(true);
        break;
    case cloud::CredentialSource::Kind::Profile:
        m_profile->setChecked(true);
        break;
    }
    if (c.endpoint == QLatin1String("intl")) {
        m_endpoint->setCurrentIndex(1);
    } else if (c.endpoint != QLatin1String("default") && !c.endpoint.isEmpty()) {
        m_endpoint->setCurrentIndex(2);
        m_url->setText(c.endpoint);
    }

    auto *sources = new QVBoxLayout;
    sources->addWidget(m_file);
    sources->addWidget(m_environment);
    sources->addWidget(m_profile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_sourceLabel, sources);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_profileLabel, m_profileName);
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_caLabel, m_caFile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_result);
    // OK hands the choices to the cloud panel, which connects with them.
    addButtons(layout, Dismiss::Cancel, &QDialog::accept);
    okButton()->setObjectName(QStringLiteral("connectButton"));
    okButton()->setDefault(true);
    buttonBox()->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(m_test, &QPushButton::clicked, this, &CloudConnectDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Credentials file"), m_filePath->text());
        if (!f.isEmpty())
            m_filePath->setText(f);
    });
    for (QRadioButton *b : {m_file, m_environment, m_profile})
        connect(b, &QRadioButton::toggled, this, &CloudConnectDialog::updateFields);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &CloudConnectDialog::updateFields);
    translateAndRefresh();
    updateFields();
}

CloudConnection CloudConnectDialog::connection() const
{
    CloudConnection c;
    c.source.kind = m_environment->isChecked() ? cloud::CredentialSource::Kind::Environment
                    : m_profile->isChecked()   ? cloud::CredentialSource::Kind::Profile
                                               : cloud::CredentialSource::Kind::File;
    c.source.file = m_filePath->text().trimmed();
    c.source.profile = m_profileName->text().trimmed();
    c.source.accountId = m_account->text().trimmed();
    c.endpoint = m_endpoint->currentIndex() == 0   ? QStringLiteral("default")
                 : m_endpoint->currentIndex() == 1 ? QStringLiteral("intl")
                                                   : m_url->text().trimmed();
    c.caFile = m_caFile->text().trimmed();
    return c;
}

QString CloudConnectDialog::testResult() const
{
    return m_result->text();
}

void CloudConnectDialog::updateFields()
{
    const bool file = m_file->isChecked();
    const bool profile = m_profile->isChecked();
    m_filePath->setEnabled(file);
    m_browse->setEnabled(file);
    m_profileName->setEnabled(profile);
    m_account->setEnabled(!file);
    m_url->setEnabled(m_endpoint->currentIndex() == 2);
}

void CloudConnectDialog::testConnection()
{
    cloud::ClientOptions options;
    options.maxAttempts = 2;
    options.timeoutMs = 15000;
    QString error;
    const std::unique_ptr<cloud::CloudClient> client = connection().client(options, &error);
    if (!client) {
        m_result->setText(error);
        return;
    }
    QEventLoop loop;
    const QStringList accounts = client->accountIds();
    int left = int(accounts.size());
    QStringList lines;
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    for (const QString &account : accounts) {
        client->send(
            {account,
             client->credential(account)->defaultRegion,
             QStringLiteral("DescribeRegions"),
             {}},
            [&, account](const cloud::CloudAnswer &a) {
                lines.append(
                    a.ok() ? tr("Account %1: connected, %n region(s).", nullptr,
                                int(a.response.value(QStringLiteral("RegionSet")).toArray().size()))
                                 .arg(account)
                           : tr("Account %1: %2 (%3)").arg(account, a.message, a.code));
                if (--left == 0)
                    loop.quit();
            });
    }
    if (left > 0)
        loop.exec();
    lines.sort();
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_test->setEnabled(true);
}

void CloudConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to cloud"));
    m_sourceLabel->setText(tr("Keys from:"));
    m_file->setText(tr("A credentials file (one or more accounts)"));
    m_environment->setText(tr("The environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY)"));
    m_profile->setText(tr("A tccli profile (~/.tccli)"));
    m_fileLabel->setText(tr("Credentials file:"));
    m_browse->setText(tr("Browse…"));
    m_profileLabel->setText(tr("Profile:"));
    m_accountLabel->setText(tr("Account ID:"));
    m_endpointLabel->setText(tr("Endpoint:"));
    m_endpoint->setItemText(0, tr("Tencent Cloud (cvm.tencentcloudapi.com)"));
    m_endpoint->setItemText(1, tr("Tencent Cloud international (cvm.intl.tencentcloudapi.com)"));
    m_endpoint->setItemText(2, tr("Another endpoint (URL)"));
    m_urlLabel->setText(tr("URL:"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:9000"));
    m_caLabel->setText(tr("Also trust (PEM):"));
    m_caFile->setPlaceholderText(tr("optional: a private endpoint's certificate"));
    m_note->setText(tr("The keys stay where they are: the workspace file and the console's "
                       "settings keep only where to find them. A file others can read is "
                       "refused."));
    m_test->setText(tr("Test connection"));
    okButton()->setText(tr("Connect"));
}

} // namespace cvm::ui
