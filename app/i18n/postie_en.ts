<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LessonSheet</name>
    <message numerus="yes">
        <location filename="../replay/lesson_sheet.cpp" line="+73"/>
        <source>The run stops %n time(s) for the class.</source>
        <translation>
            <numerusform>The run stops %n time for the class.</numerusform>
            <numerusform>The run stops %n times for the class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackPace</name>
    <message numerus="yes">
        <location filename="../replay/playback_pace.cpp" line="+77"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunRecapWords</name>
    <message numerus="yes">
        <location filename="../gui/playback/run_recap_words.cpp" line="+26"/>
        <source>%1 (%Ln time(s))</source>
        <extracomment>How many letters were put off, and how many times in all: &quot;1,200 (2,400 times)&quot;.</extracomment>
        <translation>
            <numerusform>%1 (%Ln time)</numerusform>
            <numerusform>%1 (%Ln times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (%Ln reached the sender)</source>
        <translation>
            <numerusform>%1 (%Ln reached the sender)</numerusform>
            <numerusform>%1 (%Ln reached the sender)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
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
        <location filename="../gui/map/station_item.cpp" line="+140"/>
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
        <location filename="../replay/vocabulary.cpp" line="+62"/>
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
    <name>postie::gui::CaptionBar</name>
    <message numerus="yes">
        <location filename="../gui/playback/caption_bar.cpp" line="+91"/>
        <source>(%n more at this moment) %1</source>
        <extracomment>Before the latest sentences of one moment of the run when there were more of it than are shown: &quot;(2 more at this moment) The post office …&quot;.</extracomment>
        <translation>
            <numerusform>(%n more at this moment) %1</numerusform>
            <numerusform>(%n more at this moment) %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::EventLogDock</name>
    <message numerus="yes">
        <location filename="../gui/eventlog/event_log_dock.cpp" line="+224"/>
        <source>%Ln event(s)</source>
        <extracomment>How many events the log lists: all of them, or those the filters let through (&quot;12 of 340 events&quot;).</extracomment>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MailProgramDialog</name>
    <message numerus="yes">
        <location filename="../gui/realmail/mail_program_dialog.cpp" line="+116"/>
        <source>%n mail program connection(s) open.</source>
        <extracomment>File &gt; Open in a mail program: how many IMAP connections are open now.</extracomment>
        <translation>
            <numerusform>%n mail program connection open.</numerusform>
            <numerusform>%n mail program connections open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../gui/shell/main_window.cpp" line="+376"/>
        <source>Mailboxes of %n user(s), as they stand at %2, written to %1.</source>
        <extracomment>The status line after File &gt; Export mailboxes: %n users, %1 the folder, %2 the moment.</extracomment>
        <translation>
            <numerusform>Mailboxes of %n user, as they stand at %2, written to %1.</numerusform>
            <numerusform>Mailboxes of %n users, as they stand at %2, written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>%Ln station(s)</source>
        <translation>
            <numerusform>%Ln station</numerusform>
            <numerusform>%Ln stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln road(s)</source>
        <translation>
            <numerusform>%Ln road</numerusform>
            <numerusform>%Ln roads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Working out the run: %Ln event(s) so far…</source>
        <translation>
            <numerusform>Working out the run: %Ln event so far…</numerusform>
            <numerusform>Working out the run: %Ln events so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This run is long: the map shows its first %Ln event(s), the charts all of it.</source>
        <translation>
            <numerusform>This run is long: the map shows its first %Ln event, the charts all of it.</numerusform>
            <numerusform>This run is long: the map shows its first %Ln events, the charts all of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The whole run is ready: %Ln event(s).</source>
        <translation>
            <numerusform>The whole run is ready: %Ln event.</numerusform>
            <numerusform>The whole run is ready: %Ln events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
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
<context>
    <name>postie::gui::MessageInspector</name>
    <message numerus="yes">
        <location filename="../gui/inspector/message_inspector.cpp" line="+44"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::StationInspector</name>
    <message numerus="yes">
        <location filename="../gui/inspector/station_inspector.cpp" line="+192"/>
        <source>%Ln letter(s) waiting for a clerk or a free lane.</source>
        <translation>
            <numerusform>%Ln letter waiting for a clerk or a free lane.</numerusform>
            <numerusform>%Ln letters waiting for a clerk or a free lane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln letter(s) waiting for the next round (deferred, to be tried again).</source>
        <translation>
            <numerusform>%Ln letter waiting for the next round (deferred, to be tried again).</numerusform>
            <numerusform>%Ln letters waiting for the next round (deferred, to be tried again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln letter</numerusform>
            <numerusform>%Ln letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>… and %Ln more PO box(es)</source>
        <translation>
            <numerusform>… and %Ln more PO box</numerusform>
            <numerusform>… and %Ln more PO boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::TownListDock</name>
    <message numerus="yes">
        <location filename="../gui/shell/town_list_dock.cpp" line="+65"/>
        <source>%Ln station(s)</source>
        <translation>
            <numerusform>%Ln station</numerusform>
            <numerusform>%Ln stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln road(s)</source>
        <translation>
            <numerusform>%Ln road</numerusform>
            <numerusform>%Ln roads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::TraceEmailDialog</name>
    <message numerus="yes">
        <location filename="../gui/realmail/trace_email_dialog.cpp" line="+152"/>
        <source>%n hop(s), oldest first. %1 can vouch only for the lines its own servers wrote (RFC 5321 section 4.4).</source>
        <extracomment>File &gt; Trace a real email, under the table: %n hops, %1 the receiver&apos;s domain.</extracomment>
        <translation>
            <numerusform>%n hop, oldest first. %1 can vouch only for the lines its own servers wrote (RFC 5321 section 4.4).</numerusform>
            <numerusform>%n hops, oldest first. %1 can vouch only for the lines its own servers wrote (RFC 5321 section 4.4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The %n oldest line(s) could say anything: a sender can write false Received lines.</source>
        <extracomment>File &gt; Trace a real email: %n lines written by other servers.</extracomment>
        <translation>
            <numerusform>The oldest line could say anything: a sender can write false Received lines.</numerusform>
            <numerusform>The %n oldest lines could say anything: a sender can write false Received lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hop(s) dated before the one before: the servers&apos; clocks disagree.</source>
        <extracomment>File &gt; Trace a real email: %n hops dated before the hop before them.</extracomment>
        <translation>
            <numerusform>%n hop dated before the one before: the servers&apos; clocks disagree.</numerusform>
            <numerusform>%n hops dated before the one before: the servers&apos; clocks disagree.</numerusform>
        </translation>
    </message>
</context>
</TS>
