<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RunRecapWords</name>
    <message numerus="yes">
        <location filename="../gui/playback/run_recap_words.cpp" line="+55"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationItem</name>
    <message numerus="yes">
        <location filename="../gui/map/station_item.cpp" line="+132"/>
        <source>%n letter(s) in the PO boxes (mailboxes)</source>
        <translation>
            <numerusform>%n letter in the PO boxes (mailboxes)</numerusform>
            <numerusform>%n letters in the PO boxes (mailboxes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) put off till a later round; the next try at %1</source>
        <translation>
            <numerusform>%n letter put off till a later round; the next try at %1</numerusform>
            <numerusform>%n letters put off till a later round; the next try at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <location filename="../replay/vocabulary.cpp" line="+60"/>
        <source>%n letter(s) waiting</source>
        <translation>
            <numerusform>%n letter waiting</numerusform>
            <numerusform>%n letters waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n message queued</numerusform>
            <numerusform>%n messages queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::EventLogDock</name>
    <message numerus="yes">
        <location filename="../gui/eventlog/event_log_dock.cpp" line="+192"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../gui/shell/main_window.cpp" line="+472"/>
        <source>%1 has %n problem(s). Fix them in the file and open it again.</source>
        <translation>
            <numerusform>%1 has %n problem. Fix them in the file and open it again.</numerusform>
            <numerusform>%1 has %n problems. Fix them in the file and open it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MarkedScrubber</name>
    <message numerus="yes">
        <location filename="../gui/playback/marked_scrubber.cpp" line="+112"/>
        <source>… and %n more here</source>
        <translation>
            <numerusform>… and %n more here</numerusform>
            <numerusform>… and %n more here</numerusform>
        </translation>
    </message>
</context>
</TS>
