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
</context>
</TS>
