#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The command line of imageconsole, parsed once; `check` runs without any GUI.
struct CommandLine
{
    enum class Mode
    {
        Gui,
        Check,
        Inspect,
        Generate,
        Serve,
        Pull,
        Plan,
        Apply,
        Help,
        Version,
        Error
    };

    Mode mode = Mode::Gui;
    QString workspace;
    QString language;   // en, id, or empty for the saved or system choice
    QString screenshot; // PNG to render the main window into, then exit
    QString dialog;     // with screenshot: the dialog to render
    QString actingAs;   // account to act as at start
    int images = 10000; // generate
    int accounts = 100;
    int regions = 20;
    quint32 seed = 1;
    QString listen = QStringLiteral("127.0.0.1:9000"); // serve
    QString credentials;
    bool insecureListen = false; // serve: plain HTTP on an address other than loopback
    QString tlsCertificate;      // serve: HTTPS with this certificate and key
    QString tlsKey;
    // serve, for tests: task time runs this many times faster; faults to inject.
    int timeScale = 1;
    QString faults;
    // pull, plan, apply: where the keys come from and where the cloud is.
    QString profile;
    QString account;
    QString endpoint;
    QStringList regionList;
    QString rate;        // N, or ACTION=N,… (requests per second; 0: no limit)
    int concurrency = 8; // requests in flight
    QString caFile;
    bool yes = false; // apply without asking
    QString error;
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
};
