#include "CommandLine.h"

#include <QCommandLineParser>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "CVM Image Console: manage Tencent Cloud CVM images across accounts and regions.\n\n"
        "Commands:\n"
        "  imageconsole [WORKSPACE]        open the console (the sample workspace when none is "
        "given)\n"
        "  imageconsole check WORKSPACE    list every rule the workspace breaks; exit 0 when "
        "clean,\n"
        "                                  1 when problems were found, 2 when the file cannot be "
        "read\n"
        "  imageconsole inspect FILE|URL   read an image file's header and run the import checks; "
        "exit 0\n"
        "                                  when it can be imported, 1 when not, 2 when it cannot "
        "be read\n"
        "  imageconsole generate OUT.json  write a large, valid workspace (--images, --accounts, "
        "--regions, --seed)\n"
        "  imageconsole serve WORKSPACE    the Tencent Cloud API 3.0 over the workspace (--listen, "
        "--credentials, --tls-cert, --tls-key)\n"
        "  imageconsole pull WORKSPACE     read the accounts' images from Tencent Cloud into the "
        "workspace\n"
        "                                  (--credentials FILE | --profile NAME | --account ID; "
        "--endpoint,\n"
        "                                  --regions a,b); creates the workspace when it does not "
        "exist\n"
        "  imageconsole plan WORKSPACE     list the pending changes as the calls apply would send; "
        "exit 0\n"
        "                                  when nothing is pending, 1 when something is\n"
        "  imageconsole apply WORKSPACE    send the pending changes to the cloud (--yes: without "
        "asking);\n"
        "                                  exit 0 when everything was applied"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(
        QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("CommandLine", "Language of the console: en or id."),
        QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringList{QStringLiteral("screenshot")},
        QCoreApplication::translate("CommandLine",
                                    "Render the main window to a PNG file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption dialog(
        QStringList{QStringLiteral("dialog")},
        QCoreApplication::translate("CommandLine",
                                    "With --screenshot: render this dialog over the window."),
        QStringLiteral("name"));
    const QCommandLineOption actingAs(
        QStringList{QStringLiteral("as")},
        QCoreApplication::translate("CommandLine", "Act as this account when the console opens."),
        QStringLiteral("account"));
    const QCommandLineOption images(
        QStringList{QStringLiteral("images")},
        QCoreApplication::translate("CommandLine", "generate: number of images."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption accounts(
        QStringList{QStringLiteral("accounts")},
        QCoreApplication::translate("CommandLine", "generate: number of accounts."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption regions(
        QStringList{QStringLiteral("regions")},
        QCoreApplication::translate("CommandLine", "generate: number of regions (at most 20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption seed(
        QStringList{QStringLiteral("seed")},
        QCoreApplication::translate("CommandLine",
                                    "generate: the seed; the same seed gives the same file."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption listen(
        QStringList{QStringLiteral("listen")},
        QCoreApplication::translate("CommandLine", "serve: the address to listen on."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:9000"));
    const QCommandLineOption credentials(
        QStringList{QStringLiteral("credentials")},
        QCoreApplication::translate("CommandLine", "serve: the credentials file."),
        QStringLiteral("file"));
    const QCommandLineOption insecureListen(
        QStringList{QStringLiteral("insecure-listen")},
        QCoreApplication::translate("CommandLine",
                                    "serve: listen on an address other than loopback, although "
                                    "the endpoint speaks plain HTTP."));
    const QCommandLineOption tlsCert(
        QStringList{QStringLiteral("tls-cert")},
        QCoreApplication::translate("CommandLine",
                                    "serve: speak HTTPS with this certificate (PEM)."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringList{QStringLiteral("tls-key")},
        QCoreApplication::translate(
            "CommandLine", "serve: the private key of the certificate (PEM, no passphrase)."),
        QStringLiteral("file"));
    const QCommandLineOption timeScale(
        QStringList{QStringLiteral("time-scale")},
        QCoreApplication::translate("CommandLine",
                                    "serve: task time runs this many times faster (for tests)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption faults(
        QStringList{QStringLiteral("faults")},
        QCoreApplication::translate(
            "CommandLine",
            "serve: answer some requests with faults, for tests of clients: "
            "ratelimit=P,error=P,slow=P,drop=P,slowms=N,seed=N (P a fraction of requests)."),
        QStringLiteral("spec"));
    const QCommandLineOption profile(
        QStringList{QStringLiteral("profile")},
        QCoreApplication::translate("CommandLine",
                                    "pull, apply: the keys of this tccli profile (~/.tccli)."),
        QStringLiteral("name"));
    const QCommandLineOption account(
        QStringList{QStringLiteral("account")},
        QCoreApplication::translate(
            "CommandLine",
            "pull, apply: the account the keys belong to (with --profile, or alone for the "
            "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables)."),
        QStringLiteral("id"));
    const QCommandLineOption endpoint(
        QStringList{QStringLiteral("endpoint")},
        QCoreApplication::translate("CommandLine",
                                    "pull, apply: default (https://cvm.tencentcloudapi.com), intl "
                                    "(https://cvm.intl.tencentcloudapi.com) or a URL."),
        QStringLiteral("url"));
    const QCommandLineOption rate(
        QStringList{QStringLiteral("rate")},
        QCoreApplication::translate(
            "CommandLine", "pull, apply: requests per second per account and action, N or "
                           "ACTION=N,… (0: no limit; default: Tencent's documented limits)."),
        QStringLiteral("limits"));
    const QCommandLineOption concurrency(
        QStringList{QStringLiteral("concurrency")},
        QCoreApplication::translate("CommandLine", "pull, apply: requests in flight at most."),
        QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption caFile(
        QStringList{QStringLiteral("ca-file")},
        QCoreApplication::translate(
            "CommandLine", "pull, apply: also trust these certificates (PEM) for the endpoint."),
        QStringLiteral("file"));
    const QCommandLineOption yes(
        QStringList{QStringLiteral("yes")},
        QCoreApplication::translate("CommandLine", "apply: do not ask before sending."));
    parser.addOptions({lang, screenshot, dialog, actingAs, images, accounts, regions, seed, listen,
                       credentials, insecureListen, tlsCert, tlsKey, timeScale, faults, profile,
                       account, endpoint, rate, concurrency, caFile, yes});
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QCoreApplication::translate("CommandLine", "The workspace file to open."),
        QStringLiteral("[check|inspect] [WORKSPACE|FILE|URL]"));
    if (!parser.parse(arguments)) {
        cl.mode = Mode::Error;
        cl.error = parser.errorText();
        return cl;
    }
    cl.helpText = parser.helpText();
    if (parser.isSet(help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.mode = Mode::Version;
        return cl;
    }
    cl.language = parser.value(lang);
    if (!cl.language.isEmpty() && cl.language != QLatin1String("en") &&
        cl.language != QLatin1String("id")) {
        cl.mode = Mode::Error;
        cl.error =
            QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use en or id.")
                .arg(cl.language);
        return cl;
    }
    cl.screenshot = parser.value(screenshot);
    cl.dialog = parser.value(dialog);
    cl.actingAs = parser.value(actingAs);
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("serve")) {
        cl.mode = Mode::Serve;
        positional.removeFirst();
        cl.workspace = positional.value(0);
        cl.listen = parser.value(listen);
        cl.credentials = parser.value(credentials);
        cl.insecureListen = parser.isSet(insecureListen);
        cl.tlsCertificate = parser.value(tlsCert);
        cl.tlsKey = parser.value(tlsKey);
        bool ok = false;
        cl.timeScale = parser.value(timeScale).toInt(&ok);
        cl.faults = parser.value(faults);
        if (!ok || cl.timeScale < 1) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate("CommandLine",
                                                   "--time-scale needs a whole number, 1 or more.");
        }
        return cl;
    }
    for (const auto &[name, mode] :
         {std::pair{QStringLiteral("pull"), Mode::Pull}, std::pair{QStringLiteral("plan"), Mode::Plan},
          std::pair{QStringLiteral("apply"), Mode::Apply}}) {
        if (positional.isEmpty() || positional.first() != name)
            continue;
        cl.mode = mode;
        positional.removeFirst();
        if (positional.size() != 1) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate("CommandLine", "%1 needs one workspace file.")
                           .arg(name);
            return cl;
        }
        cl.workspace = positional.first();
        cl.credentials = parser.value(credentials);
        cl.profile = parser.value(profile);
        cl.account = parser.value(account);
        cl.endpoint = parser.value(endpoint);
        if (parser.isSet(regions))
            cl.regionList = parser.value(regions).split(QLatin1Char(','), Qt::SkipEmptyParts);
        cl.rate = parser.value(rate);
        cl.caFile = parser.value(caFile);
        cl.yes = parser.isSet(yes);
        bool ok = false;
        cl.concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || cl.concurrency < 1) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate("CommandLine",
                                                   "--concurrency needs a whole number, 1 or more.");
        }
        return cl;
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("generate")) {
        cl.mode = Mode::Generate;
        positional.removeFirst();
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        cl.images = parser.value(images).toInt(&ok1);
        cl.accounts = parser.value(accounts).toInt(&ok2);
        cl.regions = parser.value(regions).toInt(&ok3);
        cl.seed = parser.value(seed).toUInt(&ok4);
        if (positional.size() != 1 || !ok1 || !ok2 || !ok3 || !ok4 || cl.images < 1 ||
            cl.accounts < 2 || cl.regions < 1) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate(
                "CommandLine", "generate needs one output file and positive numbers "
                               "(at least 2 accounts).");
            return cl;
        }
        cl.workspace = positional.first();
        return cl;
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("inspect")) {
        cl.mode = Mode::Inspect;
        positional.removeFirst();
        if (positional.size() != 1) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate("CommandLine",
                                                   "inspect needs exactly one file or URL.");
            return cl;
        }
        cl.workspace = positional.first();
        return cl;
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("check")) {
        cl.mode = Mode::Check;
        positional.removeFirst();
        if (positional.size() != 1) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate("CommandLine",
                                                   "check needs exactly one workspace file.");
            return cl;
        }
    }
    if (positional.size() > 1) {
        cl.mode = Mode::Error;
        cl.error = QCoreApplication::translate("CommandLine", "Give at most one workspace file.");
        return cl;
    }
    cl.workspace = positional.value(0);
    return cl;
}
