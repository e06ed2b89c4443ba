<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dew::models::Entity</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dew::models::Field</name>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dew::models::RecordRepository</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s data resource does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted record has this code; restore it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another record already has this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a record action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dew::models::RecordRules</name>
    <message>
        <source>Officers edit only the records their own organisation owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors read; they do not edit records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage users, organisations and regions, not business records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages organisations and regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is retired; reactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review or published: withdraw it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data items follow their resource&apos;s lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in the record&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer of the data bureau publishes or returns a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dew::models::Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This information system does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data resource does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region code has 6 digits (county level) or 9 digits (township level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real division code; did you mean %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code uses digits and capital letters except I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character does not match: the code has a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource code is a 6- to 12-digit classification, a slash and a 6-digit sequence, e.g. 101001/000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource code starts with 1, 2, 3 or 4 (its catalogue kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first digit of the code does not match the catalogue kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base-library resource names its base library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional sharing needs its conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource that is not shared needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional opening needs its conditions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dew::models::Workspace</name>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gives no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dew workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of dew (schema %2; this version knows schema %3). It was not changed. Open it with a newer dew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
