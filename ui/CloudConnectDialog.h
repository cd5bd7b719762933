#pragma once

#include "CloudClient.h"
#include "CloudCredentials.h"
#include "OperationDialog.h"

#include <QUrl>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;

namespace cvm::ui {

// Where the console finds the cloud: the source of the keys (a credentials file, the SDKs'
// environment variables, a tccli profile) and the endpoint. Only these choices are remembered
// (QSettings); the keys themselves stay where they are, out of the workspace and the settings.
struct CloudConnection
{
    Q_DECLARE_TR_FUNCTIONS(cvm::ui::CloudConnection)

public:
    cloud::CredentialSource source;
    QString endpoint = QStringLiteral("default"); // default, intl, or a URL
    QString caFile;

    static CloudConnection load(QSettings &settings);
    void save(QSettings &settings) const;
    bool isSet() const;
    // A client for this connection (its keys loaded now, the endpoint's extra certificates
    // trusted); nullptr with `error`, in the operator's language, when the keys cannot be used
    // or the endpoint is not an http(s) URL.
    std::unique_ptr<cloud::CloudClient> client(cloud::ClientOptions options, QString *error) const;
};

class CloudConnectDialog final : public OperationDialog
{
    Q_OBJECT

public:
    explicit CloudConnectDialog(const CloudConnection &connection, QWidget *parent = nullptr);
    CloudConnection connection() const;
    // The verdict of the last "Test connection", as shown.
    QString testResult() const;

public Q_SLOTS:
    void testConnection();

private:
    void retranslate() override;
    void updateFields();

    QRadioButton *m_file = nullptr;
    QRadioButton *m_environment = nullptr;
    QRadioButton *m_profile = nullptr;
    QLineEdit *m_filePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_profileName = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_endpoint = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_caLabel = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace cvm::ui
