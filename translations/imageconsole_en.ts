<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1: %Ln problem found.</numerusform>
            <numerusform>%1: %Ln problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudCommand</name>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply, in this order:</source>
        <translation>
            <numerusform>%n change to apply, in this order:</numerusform>
            <numerusform>%n changes to apply, in this order:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::RuleText</name>
    <message numerus="yes">
        <source>%Ln place(s) left</source>
        <translation>
            <numerusform>%Ln place left</numerusform>
            <numerusform>%Ln places left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 is shared with %Ln account(s): the name and description of a shared image cannot be changed.</source>
        <translation>
            <numerusform>Image %1 is shared with %Ln account: the name and description of a shared image cannot be changed.</numerusform>
            <numerusform>Image %1 is shared with %Ln accounts: the name and description of a shared image cannot be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 is shared with %Ln account(s): cancel all its sharing before deleting it.</source>
        <translation>
            <numerusform>Image %1 is shared with %Ln account: cancel all its sharing before deleting it.</numerusform>
            <numerusform>Image %1 is shared with %Ln accounts: cancel all its sharing before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sharing these %n images may leak the data and software in them. The accounts you share them with can create instances from them and make more custom images from those. Make sure the images hold no sensitive data or software.</source>
        <translation>
            <numerusform>Sharing these %n images may leak the data and software in them. The accounts you share them with can create instances from them and make more custom images from those. Make sure the images hold no sensitive data or software.</numerusform>
            <numerusform>Sharing these %n images may leak the data and software in them. The accounts you share them with can create instances from them and make more custom images from those. Make sure the images hold no sensitive data or software.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::ActivityPanel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::CheckDialog</name>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln problem found.</numerusform>
            <numerusform>%Ln problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::CloudConnectDialog</name>
    <message numerus="yes">
        <source>Account %1: connected, %n region(s).</source>
        <translation>
            <numerusform>Account %1: connected, %n region.</numerusform>
            <numerusform>Account %1: connected, %n regions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::CloudPanel</name>
    <message numerus="yes">
        <source>Pulled from %1 at %2. %n change(s) pending.</source>
        <translation>
            <numerusform>Pulled from %1 at %2. %n change pending.</numerusform>
            <numerusform>Pulled from %1 at %2. %n changes pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n image(s): %1 new, %2 changed, %3 gone; %4 pending change(s) made again, %5 in conflict.</source>
        <translation>
            <numerusform>Pulled %n image: %1 new, %2 changed, %3 gone; %4 pending change made again, %5 in conflict.</numerusform>
            <numerusform>Pulled %n images: %1 new, %2 changed, %3 gone; %4 pending changes made again, %5 in conflict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::Console</name>
    <message numerus="yes">
        <source>Cancel sharing of %1 with %Ln account(s)</source>
        <translation>
            <numerusform>Cancel sharing of %1 with %Ln account</numerusform>
            <numerusform>Cancel sharing of %1 with %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %1 with %Ln account(s)</source>
        <translation>
            <numerusform>Share %1 with %Ln account</numerusform>
            <numerusform>Share %1 with %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s)</source>
        <translation>
            <numerusform>Delete %Ln image</numerusform>
            <numerusform>Delete %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Launch %Ln instance(s) from %1</source>
        <translation>
            <numerusform>Launch %Ln instance from %1</numerusform>
            <numerusform>Launch %Ln instances from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln image(s) from DescribeImages</source>
        <translation>
            <numerusform>Import %Ln image from DescribeImages</numerusform>
            <numerusform>Import %Ln images from DescribeImages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::DeleteDialog</name>
    <message numerus="yes">
        <source>Delete %Ln image(s)</source>
        <translation>
            <numerusform>Delete %Ln image</numerusform>
            <numerusform>Delete %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all sharing of %Ln image(s) first…</source>
        <translation>
            <numerusform>Cancel all sharing of %Ln image first…</numerusform>
            <numerusform>Cancel all sharing of %Ln images first…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the sharing of %1 with all %Ln account(s)? They can no longer create instances from it.</source>
        <translation>
            <numerusform>Cancel the sharing of %1 with its %Ln account? It can no longer create instances from it.</numerusform>
            <numerusform>Cancel the sharing of %1 with all %Ln accounts? They can no longer create instances from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all sharing of %1 (%Ln account(s) in all)? They can no longer create instances from these images.</source>
        <translation>
            <numerusform>Cancel all sharing of %1 (%Ln account in all)? That account can no longer create instances from these images.</numerusform>
            <numerusform>Cancel all sharing of %1 (%Ln accounts in all)? They can no longer create instances from these images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::DiagnoseDialog</name>
    <message numerus="yes">
        <source>%1 still fails %Ln check(s). Fix them, record them under Account → Windows checks of instances, then create the image again.</source>
        <translation>
            <numerusform>%1 still fails %Ln check. Fix it, record it under Account → Windows checks of instances, then create the image again.</numerusform>
            <numerusform>%1 still fails %Ln checks. Fix them, record them under Account → Windows checks of instances, then create the image again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::ImageFilterBar</name>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 of %Ln image</numerusform>
            <numerusform>%1 of %Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::ImportDescribeImagesDialog</name>
    <message numerus="yes">
        <source>%Ln image(s) read without problems.</source>
        <translation>
            <numerusform>%Ln image read without problems.</numerusform>
            <numerusform>%Ln images read without problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) to import.</source>
        <translation>
            <numerusform>%Ln image to import.</numerusform>
            <numerusform>%Ln images to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::JournalDialog</name>
    <message numerus="yes">
        <source>%Ln entry(ies).</source>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entry(ies) shown.</source>
        <translation>
            <numerusform>%1 of %Ln entry shown.</numerusform>
            <numerusform>%1 of %Ln entries shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::MainWindow</name>
    <message numerus="yes">
        <source>API on %1: %Ln request(s)</source>
        <translation>
            <numerusform>API on %1: %Ln request</numerusform>
            <numerusform>API on %1: %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workspace breaks %n rule(s) of the console. Check lists each problem and the images involved.</source>
        <translation>
            <numerusform>This workspace breaks %n rule of the console. Check lists each problem and the images involved.</numerusform>
            <numerusform>This workspace breaks %n rules of the console. Check lists each problem and the images involved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity — %n new</source>
        <translation>
            <numerusform>Activity — %n new</numerusform>
            <numerusform>Activity — %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::ServeDialog</name>
    <message numerus="yes">
        <source>Serving on %1 — %Ln request(s) so far.</source>
        <translation>
            <numerusform>Serving on %1 — %Ln request so far.</numerusform>
            <numerusform>Serving on %1 — %Ln requests so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::ShareDialog</name>
    <message numerus="yes">
        <source>%1 shared + %2 new &gt; %3: %Ln place(s) left</source>
        <translation>
            <numerusform>%1 shared + %2 new &gt; %3: %Ln place left</numerusform>
            <numerusform>%1 shared + %2 new &gt; %3: %Ln places left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel sharing of %1 with %Ln account(s): %2? They can no longer create instances from it.</source>
        <translation>
            <numerusform>Cancel sharing of %1 with %Ln account: %2? They can no longer create instances from it.</numerusform>
            <numerusform>Cancel sharing of %1 with %Ln accounts: %2? They can no longer create instances from it.</numerusform>
        </translation>
    </message>
</context>
</TS>
