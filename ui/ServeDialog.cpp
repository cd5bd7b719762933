#include "ServeDialog.h"

#include "ApiCredentials.h"
#include "Console.h"
#include "Prompt.h"
#include "RefusalLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cvm::ui {

struct ServeDialog::Private
{
    explicit Private(Console &c) : console(c) {}
    Console &console;
    QLabel *explanation = nullptr;
    QFormLayout *form = nullptr;
    QLineEdit *address = nullptr;
    QSpinBox *port = nullptr;
    QLineEdit *credentials = nullptr;
    QPushButton *browse = nullptr;
    QLineEdit *certificate = nullptr; // HTTPS, with the key; both empty: plain HTTP
    QPushButton *browseCertificate = nullptr;
    QLineEdit *key = nullptr;
    QPushButton *browseKey = nullptr;
    QLabel *status = nullptr;
    QPushButton *stop = nullptr;
};

ServeDialog::ServeDialog(Console &console, QWidget *parent)
    : OperationDialog(parent), d(new Private(console))
{
    setObjectName(QStringLiteral("serveDialog"));
    resize(620, 380);
    auto *layout = new QVBoxLayout(this);
    d->explanation = new QLabel(this);
    d->explanation->setWordWrap(true);
    layout->addWidget(d->explanation);
    d->form = new QFormLayout;
    d->address = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    d->address->setObjectName(QStringLiteral("address"));
    d->port = new QSpinBox(this);
    d->port->setObjectName(QStringLiteral("port"));
    d->port->setRange(0, 65535);
    d->port->setValue(9000);
    auto *credentialsRow = new QHBoxLayout;
    d->credentials = new QLineEdit(this);
    d->credentials->setObjectName(QStringLiteral("credentialsFile"));
    d->browse = new QPushButton(this);
    credentialsRow->addWidget(d->credentials, 1);
    credentialsRow->addWidget(d->browse);
    d->form->addRow(new QLabel(this), d->address);
    d->form->addRow(new QLabel(this), d->port);
    d->form->addRow(new QLabel(this), credentialsRow);
    auto fileRow = [this](QLineEdit *&edit, QPushButton *&browse, const QString &name) {
        auto *row = new QHBoxLayout;
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        browse = new QPushButton(this);
        browse->setObjectName(name + QStringLiteral("Browse"));
        row->addWidget(edit, 1);
        row->addWidget(browse);
        d->form->addRow(new QLabel(this), row);
    };
    fileRow(d->certificate, d->browseCertificate, QStringLiteral("tlsCertificate"));
    fileRow(d->key, d->browseKey, QStringLiteral("tlsKey"));
    layout->addLayout(d->form);
    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("serveStatus"));
    d->status->setWordWrap(true);
    layout->addWidget(d->status);
    addRefusal(layout); // the problems of starting: not the rules', shown the same way
    layout->addStretch();
    addButtons(layout, Dismiss::Close, &ServeDialog::start);
    d->stop = buttonBox()->addButton(QString(), QDialogButtonBox::ActionRole);
    d->stop->setObjectName(QStringLiteral("stopButton"));

    connect(d->browse, &QPushButton::clicked, this, [this] {
        const QString f = Prompt::openFileName(this, tr("Credentials file"),
                                               tr("JSON files (*.json);;All files (*)"));
        if (!f.isEmpty())
            d->credentials->setText(f);
    });
    connect(d->browseCertificate, &QPushButton::clicked, this, [this] {
        const QString f = Prompt::openFileName(this, tr("Certificate"),
                                               tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            d->certificate->setText(f);
    });
    connect(d->browseKey, &QPushButton::clicked, this, [this] {
        const QString f = Prompt::openFileName(this, tr("Private key"),
                                               tr("PEM files (*.pem *.key);;All files (*)"));
        if (!f.isEmpty())
            d->key->setText(f);
    });
    connect(d->credentials, &QLineEdit::textChanged, this, &ServeDialog::refresh);
    connect(d->stop, &QPushButton::clicked, this, [this] {
        d->console.stopServing();
        refresh();
    });
    connect(&console, &Console::servingChanged, this, &ServeDialog::refresh);
    translateAndRefresh();
}

ServeDialog::~ServeDialog() = default;

void ServeDialog::retranslate()
{
    setWindowTitle(tr("Serve over API"));
    d->explanation->setText(
        tr("Scripts and the official Tencent Cloud SDKs can drive this workspace through the "
           "API 3.0 endpoint, with the keys of a credentials file. Every change they make is "
           "checked by the same rules, shows here at once, and is saved to the workspace file."));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(d->form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field); // the & marks the shortcut to the field
        }
    };
    label(d->address, tr("&Address:"));
    label(d->port, tr("&Port:"));
    if (auto *l = qobject_cast<QLabel *>(
            d->form->labelForField(d->form->itemAt(2, QFormLayout::FieldRole)->layout()))) {
        l->setText(tr("&Credentials file:"));
        l->setBuddy(d->credentials);
    }
    const auto fileLabel = [this](int row, QLineEdit *edit, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(
                d->form->labelForField(d->form->itemAt(row, QFormLayout::FieldRole)->layout()))) {
            l->setText(text);
            l->setBuddy(edit);
        }
    };
    fileLabel(3, d->certificate, tr("HTTPS c&ertificate:"));
    fileLabel(4, d->key, tr("Private &key:"));
    d->certificate->setPlaceholderText(tr("none: plain HTTP, on loopback only"));
    d->key->setPlaceholderText(tr("PEM, without a passphrase"));
    d->browse->setText(tr("Browse…"));
    d->browseCertificate->setText(tr("Browse…"));
    d->browseKey->setText(tr("Browse…"));
    okButton()->setText(tr("Start"));
    d->stop->setText(tr("Stop"));
}

void ServeDialog::refresh()
{
    const bool serving = d->console.isServing();
    d->status->setText(serving ? tr("Serving on %1 — %Ln request(s) so far.", nullptr,
                                    int(d->console.servedRequests()))
                                     .arg(d->console.servingAddress())
                               : tr("Not serving."));
    d->stop->setEnabled(serving);
    okButton()->setEnabled(!serving && !d->credentials->text().trimmed().isEmpty());
    for (QWidget *w :
         {static_cast<QWidget *>(d->address), static_cast<QWidget *>(d->port),
          static_cast<QWidget *>(d->credentials), static_cast<QWidget *>(d->browse),
          static_cast<QWidget *>(d->certificate), static_cast<QWidget *>(d->browseCertificate),
          static_cast<QWidget *>(d->key), static_cast<QWidget *>(d->browseKey)})
        w->setEnabled(!serving);
}

void ServeDialog::start()
{
    QString error;
    const QString file = d->credentials->text().trimmed();
    std::optional<api::ApiCredentials> credentials = api::ApiCredentials::load(file, &error);
    if (!credentials) {
        refusal()->setMessage(error);
        return;
    }
    const QHostAddress address(d->address->text().trimmed());
    if (address.isNull()) {
        refusal()->setMessage(tr("\"%1\" is not an IP address.").arg(d->address->text()));
        return;
    }
    if (!d->console.startServing(address, quint16(d->port->value()), std::move(*credentials),
                                 &error, d->certificate->text().trimmed(),
                                 d->key->text().trimmed())) {
        refusal()->setMessage(error);
        return;
    }
    refusal()->setMessage(
        api::ApiCredentials::readableByOthers(file)
            ? tr("Warning: %1 can be read by other users; its keys act as your accounts.").arg(file)
            : QString());
    refresh();
}

} // namespace cvm::ui
