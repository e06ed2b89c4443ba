<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>dew::models::ApplicationListModel</name>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by %n working day</numerusform>
            <numerusform>overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::models::FileImport</name>
    <message numerus="yes">
        <source>Sheet %1: %Ln row(s) above the header were skipped.</source>
        <translation>
            <numerusform>Sheet %1: %Ln row above the header was skipped.</numerusform>
            <numerusform>Sheet %1: %Ln rows above the header were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln record(s)</source>
        <translation>
            <numerusform>Change %Ln record</numerusform>
            <numerusform>Change %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::Export</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) made here are not on the server yet. They stay in this workspace and are sent when you sign in again. Sign out now?</source>
        <translation>
            <numerusform>%n change made here is not on the server yet. It stays in this workspace and is sent when you sign in again. Sign out now?</numerusform>
            <numerusform>%n changes made here are not on the server yet. They stay in this workspace and are sent when you sign in again. Sign out now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due soon or overdue</source>
        <translation>
            <numerusform>%n review due soon or overdue</numerusform>
            <numerusform>%n reviews due soon or overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::RecordPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln matching record(s); scroll down for more</source>
        <translation>
            <numerusform>First %Ln matching record; scroll down for more</numerusform>
            <numerusform>First %Ln matching records; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %Ln record(s)</source>
        <translation>
            <numerusform>Set %1 of %Ln record</numerusform>
            <numerusform>Set %1 of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%Ln pending change(s)</source>
        <translation>
            <numerusform>%Ln pending change</numerusform>
            <numerusform>%Ln pending changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln refused change</numerusform>
            <numerusform>%Ln refused changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not transferred</source>
        <translation>
            <numerusform>%Ln file not transferred</numerusform>
            <numerusform>%Ln files not transferred</numerusform>
        </translation>
    </message>
</context>
</TS>
