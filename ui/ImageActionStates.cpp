#include "ImageActionStates.h"

#include "RefusalText.h"
#include "RuleText.h"
#include "Rules.h"

namespace cvm::ui {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

ActionState fromVerdict(const Verdict &v)
{
    return v.allowed() ? ActionState{true, QString(), {}}
                       : ActionState{false, RefusalText::plain(v.violations), v.violations};
}

} // namespace

QHash<QString, ActionState> ImageActionStates::compute(const Workspace &ws, const QString &acting,
                                                       const QStringList &ids)
{
    QHash<QString, ActionState> out;
    const QString one = ids.size() == 1 ? ids.first() : QString();
    const Image *img = one.isEmpty() ? nullptr : ws.image(one);

    if (one.isEmpty()) {
        const ActionState selectOne{false, tr("Select one image.")};
        for (const char *n : {"actionGive", "actionEdit", "actionLaunch", "actionReinstall",
                              "actionDiagnose"})
            out.insert(str(n), selectOne);
    }
    if (ids.isEmpty()) {
        const ActionState selectSome{false, tr("Select one or more images.")};
        for (const char *n : {"actionShare", "actionCancelShare", "actionCopy"})
            out.insert(str(n), selectSome);
    } else if (one.isEmpty()) {
        // In bulk, all or nothing: every image that blocks it is named.
        Verdict share, cancel, copy;
        bool anyShared = false;
        for (const QString &id : ids) {
            share.merge(Rules::checkShareImage(ws, acting, id));
            const Verdict c = Rules::checkCancelShareImage(ws, acting, id);
            if (c.allowed())
                anyShared = anyShared || !ws.image(id)->shares.isEmpty();
            cancel.merge(c);
            copy.merge(Rules::checkSyncImage(ws, acting, id));
        }
        out.insert(str("actionShare"), fromVerdict(share));
        ActionState cancelState = fromVerdict(cancel);
        if (cancelState.enabled && !anyShared)
            cancelState = {false, tr("None of the selected images is shared with any account.")};
        out.insert(str("actionCancelShare"), cancelState);
        out.insert(str("actionCopy"), fromVerdict(copy));
    } else {
        out.insert(str("actionShare"), fromVerdict(Rules::checkShareImage(ws, acting, one)));
        ActionState cancel = fromVerdict(Rules::checkCancelShareImage(ws, acting, one));
        if (cancel.enabled && img && img->shares.isEmpty())
            cancel = {false, tr("Image %1 is not shared with any account.").arg(one)};
        out.insert(str("actionCancelShare"), cancel);
        out.insert(str("actionCopy"), fromVerdict(Rules::checkSyncImage(ws, acting, one)));
        // Only the owner gives its image to another account (copy, then share the copy).
        Verdict give = Rules::checkSyncImage(ws, acting, one);
        if (give.allowed())
            give.merge(Rules::checkCancelShareImage(ws, acting, one));
        out.insert(str("actionGive"), fromVerdict(give));
        out.insert(str("actionEdit"), fromVerdict(Rules::checkModifyImage(ws, acting, one)));
        const Verdict launch = Rules::checkLaunchImage(ws, acting, one);
        out.insert(str("actionLaunch"), fromVerdict(launch));
        ActionState reinstall = fromVerdict(launch);
        if (reinstall.enabled && img) {
            bool any = false;
            for (const QString &id : ws.instancesOf(acting))
                any = any || ws.instance(id)->region == img->region;
            if (!any)
                reinstall = {false,
                             tr("You have no instance in %1 to reinstall.")
                                 .arg(RuleText::regionName(ws.region(img->region), img->region))};
        }
        out.insert(str("actionReinstall"), reinstall);
        const bool failed =
            img && Rules::isVisible(*img, acting) &&
            (img->state == ImageState::CreateFailed || img->state == ImageState::ImportFailed);
        out.insert(
            str("actionDiagnose"),
            failed ? ActionState{true, QString(), {}}
                   : ActionState{
                         false,
                         tr("Only an image whose creation or import failed can be diagnosed.")});
    }

    // Delete takes many images. A shared image still opens the dialog, whose way out is to
    // cancel all sharing first (D2); every other refusal disables the action.
    if (ids.isEmpty()) {
        out.insert(str("actionDelete"), {false, tr("Select one or more images.")});
    } else {
        // Every image that blocks it is named, not only the first.
        QList<Violation> blocking;
        const Verdict v = Rules::checkDelete(ws, acting, DeleteRequest{ids, false});
        for (const Violation &x : v.violations) {
            if (!x.is(Rule::D2))
                blocking.append(x);
        }
        out.insert(str("actionDelete"),
                   blocking.isEmpty() ? ActionState{true, QString(), {}}
                                      : ActionState{false, RefusalText::plain(blocking), blocking});
    }
    out.insert(str("actionApplyImport"),
               fromVerdict(Rules::checkApplyImportPermission(ws, acting)));
    return out;
}

} // namespace cvm::ui
