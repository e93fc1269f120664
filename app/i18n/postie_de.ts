<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Dates</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="+79"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <comment>month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{weekday} {day} {month} {year}, {time}</source>
        <extracomment>The caption&apos;s date: &quot;Wed 14 Jul 2010, 09:00:00.031&quot;.</extracomment>
        <translation>{weekday}, {day}. {month} {year}, {time}</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../replay/device_kind.cpp" line="+18"/>
        <source>a laptop</source>
        <translation>ein Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phone</source>
        <translation>ein Handy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a desktop computer</source>
        <translation>ein Desktop-PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webmail in a web browser</source>
        <translation>Webmail im Browser</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../engine/scenario/units.cpp" line="+381"/>
        <source>{n}.{m} s</source>
        <translation>{n},{m} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min {m} s</source>
        <translation>{n} min {m} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} h {m} min</source>
        <translation>{n} h {m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} d {m} h</source>
        <translation>{n} Tg. {m} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation>{n} Tg.</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../replay/event_words.cpp" line="+12"/>
        <source>Letter written</source>
        <translation>Brief geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck leaves</source>
        <translation>Postauto fährt los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck arrives</source>
        <translation>Postauto kommt an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits in the depot</source>
        <translation>Wartet im Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk takes it</source>
        <translation>Angestellte nimmt ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory asked</source>
        <translation>Verzeichnis gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory answers</source>
        <translation>Verzeichnis antwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knock at the door</source>
        <translation>Klopfen an der Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody opens</source>
        <translation>Niemand öffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said at the counter</source>
        <translation>Am Schalter gesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter answers</source>
        <translation>Schalter antwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put off till later</source>
        <translation>Auf später verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in the PO box</source>
        <translation>Ins Postfach gelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device checks its box</source>
        <translation>Gerät prüft sein Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device gets the letter</source>
        <translation>Gerät holt den Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to sender</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station closes</source>
        <translation>Station schließt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station opens</source>
        <translation>Station öffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road closed</source>
        <translation>Straße gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road open again</source>
        <translation>Straße wieder frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter&apos;s journey ends</source>
        <translation>Reise des Briefs endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken out of the box</source>
        <translation>Aus dem Postfach genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender checked</source>
        <translation>Absender geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope sealed</source>
        <translation>Umschlag versiegelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal offer torn off</source>
        <translation>Siegel-Angebot abgerissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read on the road</source>
        <translation>Unterwegs mitgelesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FailureSignItem</name>
    <message>
        <location filename="../gui/map/failure_sign_item.cpp" line="+98"/>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try later</source>
        <translation>später versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 try later</source>
        <translation>%1 später versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused for good</source>
        <translation>endgültig abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such name</source>
        <translation>Name unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will try again</source>
        <translation>erneuter Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return to sender</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still trying</source>
        <translation>wird noch versucht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The door is shut: this station refused the connection (it is closed).</source>
        <translation>Die Tür ist zu: Diese Station hat die Verbindung abgewiesen (sie ist geschlossen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody opened: the connection timed out (a road on the way is cut).</source>
        <translation>Niemand hat geöffnet: Zeitüberschreitung der Verbindung (eine Straße auf dem Weg ist gesperrt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Not now, try later&quot;: a 4xx reply, or a directory that cannot answer now (SERVFAIL).</source>
        <translation>„Jetzt nicht, versuch es später“: eine 4xx-Antwort oder ein Verzeichnis, das gerade nicht antworten kann (SERVFAIL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused for good: a 5xx reply, for example no such person here (550).</source>
        <translation>Endgültig abgelehnt: eine 5xx-Antwort, zum Beispiel „diese Person gibt es hier nicht“ (550).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such postal code: the directory says the domain does not exist (NXDOMAIN).</source>
        <translation>Keine solche Postleitzahl: Das Verzeichnis sagt, dass es die Domain nicht gibt (NXDOMAIN).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter waits in the depot and will be tried again later (deferred).</source>
        <translation>Der Brief wartet im Lager und wird später erneut versucht (zurückgestellt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is stamped &quot;return to sender&quot; and goes back to its writer (a bounce).</source>
        <translation>Der Brief bekommt den Stempel „Zurück an Absender“ und geht an seinen Absender zurück: eine Unzustellbarkeitsmeldung (Bounce).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note to the writer: the letter is late, the post office is still trying.</source>
        <translation>Ein Hinweis an den Absender: Der Brief verspätet sich, das Postamt versucht es noch.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DOOR SHUT</source>
        <translation>TÜR ZU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO ANSWER</source>
        <translation>KEINE ANTWORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BUSY</source>
        <translation>BESETZT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Red outline and CLOSED: the station is down; every knock at its door is refused.</source>
        <translation>Roter Rand und GESCHLOSSEN: Die Station ist aus; jedes Klopfen an ihrer Tür wird abgewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red outline and DOOR SHUT: the station refuses connections.</source>
        <translation>Roter Rand und TÜR ZU: Die Station weist Verbindungen ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber dashed outline and NO ANSWER: nobody gets through to it (connection timed out).</source>
        <translation>Orange gestrichelter Rand und KEINE ANTWORT: Niemand kommt zu ihr durch (Zeitüberschreitung der Verbindung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber dashed outline and BUSY: it says &quot;try later&quot; (4xx) until it takes letters again.</source>
        <translation>Orange gestrichelter Rand und BESETZT: Sie sagt „später versuchen“ (4xx), bis sie wieder Briefe annimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber dashed outline alone: it holds letters for a later try.</source>
        <translation>Nur orange gestrichelter Rand: Sie behält Briefe für einen späteren Versuch.</translation>
    </message>
</context>
<context>
    <name>Intervention</name>
    <message>
        <location filename="../replay/intervention.cpp" line="+35"/>
        <source>at %1: a letter from %2 to %3</source>
        <translation>um %1: ein Brief von %2 an %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at %1: %2 taken down</source>
        <translation>um %1: %2 abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1: %2 brought up</source>
        <translation>um %1: %2 eingeschaltet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at %1: road %2 cut</source>
        <translation>um %1: Straße %2 gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1: road %2 mended</source>
        <translation>um %1: Straße %2 freigegeben</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../gui/shell/launch_options.cpp" line="+18"/>
        <source>See how email travels.</source>
        <translation>Sieh, wie E-Mails reisen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render one frame to &lt;png&gt; and exit.</source>
        <translation>Ein Bild nach &lt;png&gt; zeichnen und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated time of the screenshot, e.g. 750ms or 2m (default: the end).</source>
        <translation>Simulierte Zeit des Screenshots, z. B. 750ms oder 2m (Standard: das Ende).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size of the screenshot (default 1280x800).</source>
        <translation>Fenstergröße des Screenshots (Standard 1280x800).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with email words (View &gt; Email words) instead of the postal picture.</source>
        <translation>Mit E-Mail-Begriffen starten (Ansicht &gt; E-Mail-Begriffe) statt mit den Post-Begriffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the folder of the welcome page&apos;s lessons, then each lesson, and exit.</source>
        <translation>Den Ordner mit den Lektionen der Startseite ausgeben, dann jede Lektion, und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with the dark theme (View &gt; Dark theme).</source>
        <translation>Mit dunklem Design starten (Ansicht &gt; Dunkles Design).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (large type, dark theme); a screenshot keeps its --size.</source>
        <translation>Im Präsentationsmodus starten (große Schrift, dunkles Design); ein Screenshot behält seine --size.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak this language: en, de or fr (default: View &gt; Language).</source>
        <translation>In dieser Sprache sprechen: en, de oder fr (Standard: Ansicht &gt; Sprache).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scenario file to open.</source>
        <translation>Eine Szenario-Datei zum Öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give one scenario file, not %1.</source>
        <translation>Gib eine Szenario-Datei an, nicht %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--language: choose one of %1</source>
        <translation>--language: wähle eine von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--list-lessons takes no file and no --screenshot</source>
        <translation>--list-lessons nimmt keine Datei und kein --screenshot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--at: %1</source>
        <translation>--at: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time cannot be negative</source>
        <translation>die Zeit kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size: write it as WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size: schreibe es als BREITExHÖHE, z. B. 1280x800</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--screenshot needs a scenario file</source>
        <translation>--screenshot braucht eine Szenario-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--at and --size go with --screenshot</source>
        <translation>--at und --size gehen nur mit --screenshot</translation>
    </message>
</context>
<context>
    <name>LessonAnswers</name>
    <message>
        <location filename="../../engine/lesson/lesson_words.cpp" line="+17"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to sender</source>
        <translation>zurück an Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>LessonCatalog</name>
    <message>
        <location filename="../gui/shell/lesson_catalog.cpp" line="+35"/>
        <source>This file has errors: open it to see them.</source>
        <translation>Diese Datei hat Fehler: Öffne sie, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>LessonSheet</name>
    <message>
        <location filename="../replay/lesson_sheet.cpp" line="+55"/>
        <source>Recap</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop %1 never came in this run.</source>
        <translation>Halt %1 kam in diesem Durchlauf nie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out the run…</source>
        <translation>Der Durchlauf wird berechnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run stops once for the class.</source>
        <translation>Der Durchlauf hält einmal für die Klasse an.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>A choice by its letter and its words: &quot;B: 5 min&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no vote</source>
        <translation>nicht abgestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reached in this run</source>
        <translation>in diesem Durchlauf nicht erreicht</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The run stops %n time(s) for the class.</source>
        <translation>
            <numerusform>Der Ablauf hält einmal für die Klasse an.</numerusform>
            <numerusform>Der Ablauf hält %n-mal für die Klasse an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Space to play.</source>
        <translation>Drücke die Leertaste zum Abspielen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop %1 of %2</source>
        <translation>Halt %1 von %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skipped: the answer is not shown.</source>
        <translation>Übersprungen: Die Antwort wird nicht gezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class did not vote.</source>
        <translation>Die Klasse hat nicht abgestimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class chose %1: right!</source>
        <translation>Die Klasse hat %1 gewählt: richtig!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The class chose %1: not this time.</source>
        <translation>Die Klasse hat %1 gewählt: diesmal nicht.</translation>
    </message>
</context>
<context>
    <name>LessonWords</name>
    <message>
        <location filename="../replay/lesson_words.cpp" line="+50"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to sender</source>
        <translation>zurück an Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thrown away</source>
        <translation>weggeworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given up (expired)</source>
        <translation>aufgegeben (abgelaufen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the road %1 – %2</source>
        <translation>die Straße %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close %1</source>
        <extracomment>A change for the class to try, on a button: close a station (it stops taking letters).</extracomment>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1</source>
        <extracomment>A change for the class to try, on a button: open a closed station again.</extracomment>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut %1</source>
        <extracomment>A change for the class to try, on a button: cut a road (nothing gets through).</extracomment>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mend %1</source>
        <extracomment>A change for the class to try, on a button: mend a cut road.</extracomment>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a letter to %1</source>
        <translation>Brief an %1 schreiben</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="-27"/>
        <source>day {day} </source>
        <translation>Tag {day} </translation>
    </message>
    <message>
        <location line="+250"/>
        <source>{at} writes a &apos;return to sender&apos; notice {message} for {original_obj} (bounce, DSN)</source>
        <translation>{at} schreibt die Benachrichtigung {message} „Zurück an Absender“ für {original_obj} (bounce, DSN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} write a &apos;return to sender&apos; notice {message} for {original_obj} (bounce, DSN)</source>
        <translation>{at} schreiben die Benachrichtigung {message} „Zurück an Absender“ für {original_obj} (bounce, DSN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{at} writes {letter_obj} from {from} to {to}: &quot;{subject}&quot; (new message)</source>
        <translation>{at} schreibt {letter_obj} von {from} an {to}: „{subject}“ (neue Nachricht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} write {letter_obj} from {from} to {to}: &quot;{subject}&quot; (new message)</source>
        <translation>{at} schreiben {letter_obj} von {from} an {to}: „{subject}“ (neue Nachricht)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A truck leaves {origin_obj} with {letter_to} in a sealed envelope for {destination_obj} (message in transit, TLS)</source>
        <translation>Ein Postauto verlässt {origin_obj} mit {letter_to} in einem versiegelten Umschlag für {destination_obj} (Nachricht unterwegs, TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A truck leaves {origin_obj} with {letter_to} in a locked box for {destination_obj} (message in transit, end-to-end encrypted)</source>
        <translation>Ein Postauto verlässt {origin_obj} mit {letter_to} in einer verschlossenen Kiste für {destination_obj} (Nachricht unterwegs, Ende-zu-Ende-verschlüsselt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truck leaves {origin_obj} with {letter_to} for {destination_obj} (message in transit)</source>
        <translation>Ein Postauto verlässt {origin_obj} mit {letter_to} für {destination_obj} (Nachricht unterwegs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The truck with {letter_to} reaches {destination_obj}</source>
        <translation>Das Postauto mit {letter_to} erreicht {destination_obj}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{letter} waits in the depot of {at_of}, {queue} in line: {reason} (queued, concurrency limit)</source>
        <translation>{letter} wartet im Lager {at_of}, {queue} in der Schlange: {reason} (wartet, Limit gleichzeitiger Zustellungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} waits in the queue of {at_of}, {queue} in line: {reason} (queued, concurrency limit)</source>
        <translation>{letter} wartet in der Warteschlange {at_of}, {queue} in der Schlange: {reason} (wartet, Limit gleichzeitiger Zustellungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} waits in the depot of {at_of}, {queue} in line (queued)</source>
        <translation>{letter} wartet im Lager {at_of}, {queue} in der Schlange (wartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} waits in the queue of {at_of}, {queue} in line (queued)</source>
        <translation>{letter} wartet in der Warteschlange {at_of}, {queue} in der Schlange (wartet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At {at_to}, {reason}: {letter} sets off (delivery starts)</source>
        <translation>Bei {at_to}: {reason}; {letter} fährt los (Zustellung beginnt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk at {at_to} takes {letter_obj} (processing)</source>
        <translation>Eine Angestellte bei {at_to} nimmt {letter_obj} (Bearbeitung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{at} asks {peer_obj} which sorting station serves {name} (DNS MX query)</source>
        <translation>{at} fragt {peer_obj}, welches Sortierzentrum für {name} zuständig ist (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} which sorting station serves {name} (DNS MX query)</source>
        <translation>{at} fragen {peer_obj}, welches Sortierzentrum für {name} zuständig ist (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} which incoming MX server serves {name} (DNS MX query)</source>
        <translation>{at} fragt {peer_obj}, welcher Posteingangsserver (MX) für {name} zuständig ist (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} which incoming MX server serves {name} (DNS MX query)</source>
        <translation>{at} fragen {peer_obj}, welcher Posteingangsserver (MX) für {name} zuständig ist (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} for the street address of {name} (DNS {qtype} query)</source>
        <translation>{at} fragt {peer_obj} nach der Hausadresse von {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for the street address of {name} (DNS {qtype} query)</source>
        <translation>{at} fragen {peer_obj} nach der Hausadresse von {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} for the IP address of {name} (DNS {qtype} query)</source>
        <translation>{at} fragt {peer_obj} nach der IP-Adresse von {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for the IP address of {name} (DNS {qtype} query)</source>
        <translation>{at} fragen {peer_obj} nach der IP-Adresse von {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, from the cache</source>
        <translation>, aus dem Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from their notes</source>
        <translation>, aus ihren Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from its notes</source>
        <translation>, aus seinen Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{at} answers: no such postal code {name} (NXDOMAIN{cached})</source>
        <translation>{at} antwortet: Die Postleitzahl {name} gibt es nicht (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: no such postal code {name} (NXDOMAIN{cached})</source>
        <translation>{at} antworten: Die Postleitzahl {name} gibt es nicht (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answers: no such domain {name} (NXDOMAIN{cached})</source>
        <translation>{at} antwortet: Die Domain {name} gibt es nicht (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: no such domain {name} (NXDOMAIN{cached})</source>
        <translation>{at} antworten: Die Domain {name} gibt es nicht (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} answers: the office for {name} does not reply, try again later (SERVFAIL{cached})</source>
        <translation>{at} antwortet: Das Büro für {name} meldet sich nicht, versuch es später noch mal (SERVFAIL{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: the office for {name} does not reply, try again later (SERVFAIL{cached})</source>
        <translation>{at} antworten: Das Büro für {name} meldet sich nicht, versuch es später noch mal (SERVFAIL{cached})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} answers: {name} has no {qtype} entry (NOERROR, no data{cached})</source>
        <translation>{at} antwortet: {name} hat keinen {qtype}-Eintrag (NOERROR, keine Daten{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: {name} has no {qtype} entry (NOERROR, no data{cached})</source>
        <translation>{at} antworten: {name} hat keinen {qtype}-Eintrag (NOERROR, keine Daten{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from the cache: cached</source>
        <translation>, aus dem Cache: cached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from their notes: cached</source>
        <translation>, aus ihren Notizen: cached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from its notes: cached</source>
        <translation>, aus seinen Notizen: cached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, after looking it up</source>
        <translation>, frisch nachgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answers {records} (DNS {rcode}{source})</source>
        <translation>{at} antwortet: {records} (DNS {rcode}{source})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer {records} (DNS {rcode}{source})</source>
        <translation>{at} antworten: {records} (DNS {rcode}{source})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} knocks at the door of {peer_of} ({dialogue} connection, port {port})</source>
        <translation>{at} klopft an die Tür {peer_of} ({dialogue}-Verbindung, Port {port})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} knock at the door of {peer_of} ({dialogue} connection, port {port})</source>
        <translation>{at} klopfen an die Tür {peer_of} ({dialogue}-Verbindung, Port {port})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{at} could not get in at {peer_to}: {reason} (connection failed)</source>
        <comment>one</comment>
        <translation>{at} kommt bei {peer_to} nicht hinein: {reason} (Verbindung gescheitert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} could not get in at {peer_to}: {reason} (connection failed)</source>
        <comment>several</comment>
        <translation>{at} kommen bei {peer_to} nicht hinein: {reason} (Verbindung gescheitert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} says &quot;{command}&quot; to {peer_to} ({dialogue} {keyword})</source>
        <translation>{at} sagt „{command}“ zu {peer_to} ({dialogue} {keyword})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} say &quot;{command}&quot; to {peer_to} ({dialogue} {keyword})</source>
        <translation>{at} sagen „{command}“ zu {peer_to} ({dialogue} {keyword})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{at} refuses: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} lehnt ab: „{reply}“ ({dialogue}-Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} refuse: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} lehnen ab: „{reply}“ ({dialogue}-Antwort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} says not now: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} sagt „jetzt nicht“: „{reply}“ ({dialogue}-Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} say not now: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} sagen „jetzt nicht“: „{reply}“ ({dialogue}-Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answers: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} antwortet: „{reply}“ ({dialogue}-Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} antworten: „{reply}“ ({dialogue}-Antwort)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{letter} waits at {at_to} for the next round: {reason} (deferred)</source>
        <translation>{letter} wartet bei {at_to} auf die nächste Runde: {reason} (deferred)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{letter} is put in the Junk folder of {owner}&apos;s PO box in {at_to}, where the device&apos;s inbox does not show it (delivered, filed as junk)</source>
        <translation>{letter} wird in den Spam-Ordner des Postfachs von {owner} in {at_to} gelegt, den der Posteingang des Geräts nicht zeigt (zugestellt, als Spam abgelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} is put in {owner}&apos;s PO box in {at_to} (delivered to the mailbox)</source>
        <translation>{letter} wird in das Postfach von {owner} in {at_to} gelegt (delivered, im Postfach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} is put in {owner}&apos;s mailbox at {at_to} (delivered to the mailbox)</source>
        <translation>{letter} wird in das Postfach von {owner} in {at_to} gelegt (delivered, im Postfach)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{at} asks {peer_obj} for new letters ({access} check)</source>
        <translation>{at} fragt {peer_obj} nach neuen Briefen ({access}-Abfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for new letters ({access} check)</source>
        <translation>{at} fragen {peer_obj} nach neuen Briefen ({access}-Abfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} for new messages ({access} check)</source>
        <translation>{at} fragt {peer_obj} nach neuen Nachrichten ({access}-Abfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for new messages ({access} check)</source>
        <translation>{at} fragen {peer_obj} nach neuen Nachrichten ({access}-Abfrage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} takes {letter_obj} home (POP3 RETR)</source>
        <translation>{at} nimmt {letter_obj} mit nach Hause (POP3 RETR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} take {letter_obj} home (POP3 RETR)</source>
        <translation>{at} nehmen {letter_obj} mit nach Hause (POP3 RETR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} reads a copy of {letter_of}; the letter stays in the PO box, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} liest eine Kopie {letter_of}; der Brief bleibt im Postfach, als gelesen markiert (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} read a copy of {letter_of}; the letter stays in the PO box, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} lesen eine Kopie {letter_of}; der Brief bleibt im Postfach, als gelesen markiert (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} reads a copy of {letter_of}; the message stays in the mailbox, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} liest eine Kopie {letter_of}; die Nachricht bleibt im Postfach, als gelesen markiert (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} read a copy of {letter_of}; the message stays in the mailbox, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} lesen eine Kopie {letter_of}; die Nachricht bleibt im Postfach, als gelesen markiert (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} picks up {letter_obj} (fetched from the mailbox)</source>
        <translation>{at} holt {letter_obj} ab (aus dem Postfach geholt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} pick up {letter_obj} (fetched from the mailbox)</source>
        <translation>{at} holen {letter_obj} ab (aus dem Postfach geholt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PO box is empty</source>
        <translation>das Postfach ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox is empty</source>
        <translation>das Postfach ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 letter is left in the PO box</source>
        <translation>1 Brief bleibt im Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is left in the mailbox</source>
        <translation>1 Nachricht bleibt im Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} letters are left in the PO box</source>
        <translation>{count} Briefe bleiben im Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages are left in the mailbox</source>
        <translation>{count} Nachrichten bleiben im Postfach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{peer} have taken {letter_obj} home: it is taken out of {owner}&apos;s PO box in {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} haben {letter_obj} mit nach Hause genommen: Er wird aus dem Postfach von {owner} in {at_to} genommen und {left} (POP3 DELE, gelöscht bei QUIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{peer} has taken {letter_obj} home: it is taken out of {owner}&apos;s PO box in {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} hat {letter_obj} mit nach Hause genommen: Er wird aus dem Postfach von {owner} in {at_to} genommen und {left} (POP3 DELE, gelöscht bei QUIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{peer} have taken {letter_obj} home: it is taken out of {owner}&apos;s mailbox at {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} haben {letter_obj} mit nach Hause genommen: Sie wird aus dem Postfach von {owner} in {at_to} genommen und {left} (POP3 DELE, gelöscht bei QUIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{peer} has taken {letter_obj} home: it is taken out of {owner}&apos;s mailbox at {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} hat {letter_obj} mit nach Hause genommen: Sie wird aus dem Postfach von {owner} in {at_to} genommen und {left} (POP3 DELE, gelöscht bei QUIT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{at} tells the writer of {original_of} that it is still trying ({status}; delay warning)</source>
        <translation>{at} schreibt dem Absender {original_of}, dass es weiter versucht wird ({status}; Verzögerungswarnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} tell the writer of {original_of} that they are still trying ({status}; delay warning)</source>
        <translation>{at} schreiben dem Absender {original_of}, dass es weiter versucht wird ({status}; Verzögerungswarnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} stamps {original_obj} &apos;return to sender&apos; with status {status} (bounce)</source>
        <translation>{at} stempelt {original_obj}: „Zurück an Absender“, Status {status} (bounce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} stamp {original_obj} &apos;return to sender&apos; with status {status} (bounce)</source>
        <translation>{at} stempeln {original_obj}: „Zurück an Absender“, Status {status} (bounce)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} closes its doors (station down)</source>
        <translation>{at} schließt die Türen (station down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} close their doors (station down)</source>
        <translation>{at} schließen die Türen (station down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} opens again (station up)</source>
        <translation>{at} öffnet wieder (station up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} open again (station up)</source>
        <translation>{at} öffnen wieder (station up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The road between {origin_obj} and {destination_obj} is closed (link down)</source>
        <translation>Die Straße, die {origin_obj} und {destination_obj} verbindet, ist gesperrt (link down)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The road between {origin_obj} and {destination_obj} is open again (link up)</source>
        <translation>Die Straße, die {origin_obj} und {destination_obj} verbindet, ist wieder frei (link up)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{at} checks {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}</source>
        <translation>{at} prüft {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} check {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}</source>
        <translation>{at} prüfen {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} and {peer} seal their talk before the first word: everything from here travels in a sealed envelope (implicit TLS, port 465)</source>
        <translation>{at} und {peer} versiegeln ihr Gespräch vor dem ersten Wort: Ab hier fährt alles in einem versiegelten Umschlag (implizites TLS, Port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} and {peer} seal their talk: from here on every word and the letter travel in a sealed envelope (STARTTLS, TLS started)</source>
        <translation>{at} und {peer} versiegeln ihr Gespräch: Ab hier fahren jedes Wort und der Brief in einem versiegelten Umschlag (STARTTLS, TLS gestartet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} tears the offer to seal (STARTTLS) off the answer of {origin_of} to {destination_obj}: the sender will think it cannot seal its letter (STARTTLS stripped)</source>
        <translation>{at} reißt das Angebot zum Versiegeln (STARTTLS) von der Antwort {origin_of} an {destination_obj} ab: Der Absender wird glauben, dass er seinen Brief nicht versiegeln kann (STARTTLS entfernt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{at} sees {letter_obj} pass in a sealed envelope and cannot read a word of it (TLS)</source>
        <translation>{at} sieht {letter_obj} in einem versiegelten Umschlag vorbeifahren und kann kein Wort davon lesen (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} reads the label of {letter_obj}, a locked box: who writes to whom and &quot;{subject}&quot;, but not the text inside (end-to-end encryption, no TLS)</source>
        <translation>{at} liest das Etikett von {letter_to}, einer verschlossenen Kiste: wer wem schreibt und „{subject}“, aber nicht den Text darin (Ende-zu-Ende-Verschlüsselung, kein TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} reads {letter_obj} as it passes, a postcard: &quot;{subject}&quot; (no TLS)</source>
        <translation>{at} liest {letter_obj} im Vorbeifahren, eine Postkarte: „{subject}“ (kein TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} reads {letter_obj} as it passes, a postcard: &quot;{subject}&quot;, &quot;{text}&quot; (no TLS)</source>
        <translation>{at} liest {letter_obj} im Vorbeifahren, eine Postkarte: „{subject}“, „{text}“ (kein TLS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{letter} to {recipient} has arrived (delivered)</source>
        <translation>{letter} an {recipient} ist angekommen (delivered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{letter} to {recipient} waited too long and is given up (expired, {status})</source>
        <translation>{letter} an {recipient} hat zu lange gewartet und wird aufgegeben (expired, {status})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} to {recipient} could not be delivered ({outcome})</source>
        <translation>{letter} an {recipient} konnte nicht zugestellt werden ({outcome})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} to {recipient} could not be delivered ({outcome}, {status})</source>
        <translation>{letter} an {recipient} konnte nicht zugestellt werden ({outcome}, {status})</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location line="-420"/>
        <source>{label}</source>
        <comment>subject</comment>
        <translation>{label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label}</source>
        <comment>object</comment>
        <translation>{label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}</source>
        <comment>to</comment>
        <translation>{label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label}</source>
        <comment>of</comment>
        <translation>{label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>subject</comment>
        <translation>das Postamt {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>object</comment>
        <translation>das Postamt {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>to</comment>
        <translation>dem Postamt {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>of</comment>
        <translation>des Postamts {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>subject</comment>
        <translation>der Postausgangsserver (SMTP, MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>object</comment>
        <translation>den Postausgangsserver (SMTP, MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>to</comment>
        <translation>dem Postausgangsserver (SMTP, MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>of</comment>
        <translation>des Postausgangsservers (SMTP, MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>subject</comment>
        <translation>das Postleitzahl-Verzeichnis {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>object</comment>
        <translation>das Postleitzahl-Verzeichnis {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>to</comment>
        <translation>dem Postleitzahl-Verzeichnis {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>of</comment>
        <translation>des Postleitzahl-Verzeichnisses {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>subject</comment>
        <translation>der DNS-Resolver {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>object</comment>
        <translation>den DNS-Resolver {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>to</comment>
        <translation>dem DNS-Resolver {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>of</comment>
        <translation>des DNS-Resolvers {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>subject</comment>
        <translation>das Sortierzentrum {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>object</comment>
        <translation>das Sortierzentrum {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>to</comment>
        <translation>dem Sortierzentrum {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>of</comment>
        <translation>des Sortierzentrums {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>subject</comment>
        <translation>der Posteingangsserver (MX) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>object</comment>
        <translation>den Posteingangsserver (MX) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>to</comment>
        <translation>dem Posteingangsserver (MX) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>of</comment>
        <translation>des Posteingangsservers (MX) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>subject</comment>
        <translation>die Postfächer bei {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>object</comment>
        <translation>die Postfächer bei {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>to</comment>
        <translation>den Postfächern bei {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>of</comment>
        <translation>der Postfächer bei {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>subject</comment>
        <translation>der Postfachspeicher (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>object</comment>
        <translation>den Postfachspeicher (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>to</comment>
        <translation>dem Postfachspeicher (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>of</comment>
        <translation>des Postfachspeichers (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>subject</comment>
        <translation>die Kreuzung {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>object</comment>
        <translation>die Kreuzung {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>to</comment>
        <translation>der Kreuzung {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>of</comment>
        <translation>der Kreuzung {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>subject</comment>
        <translation>der Router {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>object</comment>
        <translation>den Router {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>to</comment>
        <translation>dem Router {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>of</comment>
        <translation>des Routers {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>subject</comment>
        <translation>der Lauscher {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>object</comment>
        <translation>den Lauscher {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>to</comment>
        <translation>dem Lauscher {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>of</comment>
        <translation>des Lauschers {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>subject</comment>
        <translation>der Brief {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>object</comment>
        <translation>den Brief {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>to</comment>
        <translation>dem Brief {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>of</comment>
        <translation>des Briefs {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>subject</comment>
        <translation>die Nachricht {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>object</comment>
        <translation>die Nachricht {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>to</comment>
        <translation>der Nachricht {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>of</comment>
        <translation>der Nachricht {id}</translation>
    </message>
</context>
<context>
    <name>PlaybackPace</name>
    <message>
        <location filename="../replay/playback_pace.cpp" line="+69"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 h</source>
        <extracomment>A number of days (already in words, &quot;2 days&quot;) and of hours: &quot;2 days 3 h&quot;.</extracomment>
        <translation>%1 %2 h</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gui/lesson/worksheet_printer.cpp" line="+49"/>
        <source>This scenario has no lesson, so there is no worksheet to print.</source>
        <translation>Dieses Szenario hat keine Lektion, also gibt es kein Arbeitsblatt zum Drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is still being worked out; print the worksheet when it is ready.</source>
        <translation>Der Durchlauf wird noch berechnet; drucke das Arbeitsblatt, wenn er fertig ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (worksheet)</source>
        <extracomment>The printed document&apos;s name, after the lesson&apos;s title: &quot;Your first email (worksheet)&quot;.</extracomment>
        <translation>%1 (Arbeitsblatt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Print the worksheet</source>
        <translation>Arbeitsblatt drucken</translation>
    </message>
    <message>
        <location filename="../gui/map/provider_item.cpp" line="+25"/>
        <source>%1: one provider&apos;s building (group)</source>
        <translation>%1: das Gebäude eines Anbieters (Gruppe)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="+53"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection timed out</source>
        <translation>keine Antwort auf den Verbindungsversuch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting for a free lane to {destination}: {count} deliveries there are under way, the most at once</source>
        <translation>wartet auf eine freie Spur zu {destination}: {count} Zustellungen sind dorthin unterwegs, mehr gleichzeitig geht nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lane to {destination} is free</source>
        <translation>eine Spur zu {destination} ist frei</translation>
    </message>
</context>
<context>
    <name>RoadItem</name>
    <message>
        <location filename="../gui/map/road_item.cpp" line="+28"/>
        <location line="+132"/>
        <source>%1 to %2: %3 each way</source>
        <translation>%1 nach %2: %3 je Richtung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 to %2: closed</source>
        <translation>%1 nach %2: gesperrt</translation>
    </message>
</context>
<context>
    <name>RunRecap</name>
    <message>
        <location filename="../replay/run_recap.cpp" line="+86"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d</source>
        <extracomment>Days and hours: &quot;5 d 3 h&quot;.</extracomment>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
</context>
<context>
    <name>RunRecapWords</name>
    <message>
        <location filename="../gui/playback/run_recap_words.cpp" line="+22"/>
        <source>Letters sent</source>
        <translation>Briefe verschickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put off till later (deferred)</source>
        <translation>Auf später verschoben (zurückgestellt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned to sender (bounced)</source>
        <translation>Zurück an Absender (zurückgeschickt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given up, waited too long (expired)</source>
        <translation>Aufgegeben, zu lange gewartet (abgelaufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thrown away (discarded)</source>
        <translation>Weggeworfen (verworfen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still on the way at the end</source>
        <translation>Am Ende noch unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notices back to the sender (DSN)</source>
        <translation>Benachrichtigungen an den Absender (DSN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, in the sender&apos;s PO box</source>
        <translation>%1, im Postfach des Absenders</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%1 (%Ln time(s))</source>
        <extracomment>How many letters were put off, and how many times in all: &quot;1,200 (2,400 times)&quot;.</extracomment>
        <translation>
            <numerusform>%1 (%Ln-mal)</numerusform>
            <numerusform>%1 (%Ln-mal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (%Ln reached the sender)</source>
        <translation>
            <numerusform>%1 (%Ln kam beim Absender an)</numerusform>
            <numerusform>%1 (%Ln kamen beim Absender an)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doors found shut (connection failed)</source>
        <translation>Verschlossene Türen (Verbindung gescheitert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It took %1 of simulated time (%2 to %3).</source>
        <translation>Es dauerte %1 simulierte Zeit (%2 bis %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters took %1 to reach their end (%2 to %3); the run went on to %4 while the readers&apos; devices checked for mail.</source>
        <translation>Die Briefe brauchten %1 bis zum Ende ihrer Reise (%2 bis %3); der Durchlauf ging bis %4 weiter, während die Geräte der Empfänger nach Post sahen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters took %1 to reach their end (%2 to %3); the run went on to %4.</source>
        <translation>Die Briefe brauchten %1 bis zum Ende ihrer Reise (%2 bis %3); der Durchlauf ging bis %4 weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und noch %n</numerusform>
            <numerusform>… und noch %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No station or road was closed on the way.</source>
        <translation>Unterwegs wurde keine Station geschlossen und keine Straße gesperrt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the way:</source>
        <translation>Unterwegs:</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <location filename="../replay/scenario_player.cpp" line="+163"/>
        <source>%1 later: the next try</source>
        <translation>%1 später: der nächste Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 later: a new letter</source>
        <translation>%1 später: ein neuer Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 later: the end of the run</source>
        <translation>%1 später: das Ende des Ablaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
</context>
<context>
    <name>ScenarioSession</name>
    <message>
        <location filename="../replay/scenario_session.cpp" line="+88"/>
        <source>%1: error: the file could not be read</source>
        <translation>%1: Fehler: Die Datei konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../gui/shell/screenshot_job.cpp" line="+38"/>
        <source>postie: cannot write %1</source>
        <translation>postie: %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SealWords</name>
    <message>
        <location filename="../replay/seal_words.cpp" line="+10"/>
        <source>Postcard</source>
        <translation>Postkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed envelope</source>
        <translation>Versiegelter Umschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked box</source>
        <translation>Verschlossene Kiste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>anyone on the road can read it (no TLS)</source>
        <translation>jeder auf dem Weg kann den Brief lesen (kein TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the two servers can open it (TLS)</source>
        <translation>nur die beiden Server können den Brief öffnen (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the recipient can open it (end-to-end encryption)</source>
        <translation>nur der Empfänger kann den Brief öffnen (Ende-zu-Ende-Verschlüsselung)</translation>
    </message>
</context>
<context>
    <name>SpeechBubbleItem</name>
    <message>
        <location filename="../gui/map/speech_bubble_item.cpp" line="+33"/>
        <source>STARTTLS torn off</source>
        <translation>STARTTLS abgerissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can&apos;t read it (TLS)</source>
        <translation>kann ich nicht lesen (TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text locked</source>
        <translation>Text verschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../engine/words/phrasebook.cpp" line="+18"/>
        <source>-</source>
        <comment>contractions</comment>
        <extracomment>Contractions and elisions once a sentence&apos;s places are filled in: pairs &quot;as filled|as written&quot; separated by &quot;;&quot;, spaces count (French: &quot; à le | au ; de le | du &quot;). &quot;-&quot; when the language has none.</extracomment>
        <translation> zu Das | zum ; bei Das | beim ; in Das | im ; von Das | vom ; an Das | am ; Das | das ; Die | die </translation>
    </message>
</context>
<context>
    <name>StationItem</name>
    <message>
        <location filename="../gui/map/station_item.cpp" line="+104"/>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email words: %1</source>
        <translation>E-Mail-Begriffe: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal picture: %1</source>
        <translation>Post-Begriffe: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) in the PO boxes (mailboxes)</source>
        <translation>
            <numerusform>%n Brief in den Postfächern</numerusform>
            <numerusform>%n Briefe in den Postfächern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) put off till a later round; the next try at %1</source>
        <translation>
            <numerusform>%n Brief auf eine spätere Runde verschoben; nächster Versuch um %1</numerusform>
            <numerusform>%n Briefe auf eine spätere Runde verschoben; nächster Versuch um %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>CLOSED</source>
        <extracomment>The sign on a closed station on the map, in capitals.</extracomment>
        <translation>GESCHLOSSEN</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 answer</source>
        <extracomment>A stamp on the postal-code directory: it answers a DNS question of this type (&quot;MX answer&quot;).</extracomment>
        <translation>%1-Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>250 OK</source>
        <extracomment>A stamp on a server: it takes the letter (the SMTP reply 250). Keep &quot;250&quot;.</extracomment>
        <translation>250 OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>try later</source>
        <translation>später versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 try later</source>
        <translation>%1 später versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the box</source>
        <extracomment>A stamp on the PO boxes: the letter is delivered to its box.</extracomment>
        <translation>im Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still trying</source>
        <translation>wird noch versucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>return to sender</source>
        <translation>Zurück an Absender</translation>
    </message>
</context>
<context>
    <name>TimelineMarkers</name>
    <message>
        <location filename="../replay/timeline_markers.cpp" line="+71"/>
        <source>Your change: %1</source>
        <translation>Deine Änderung: %1</translation>
    </message>
</context>
<context>
    <name>TownScene</name>
    <message>
        <location filename="../gui/map/town_scene.cpp" line="+39"/>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
</context>
<context>
    <name>TruckItem</name>
    <message>
        <location filename="../gui/map/truck_item.cpp" line="+127"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice %1: %2</source>
        <translation>Benachrichtigung %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <extracomment>A truck&apos;s tooltip, second line: &quot;Postcard: anyone on the road can read it (no TLS)&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RETURN TO SENDER</source>
        <translation>ZURÜCK AN ABSENDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STILL TRYING</source>
        <translation>WIRD NOCH VERSUCHT</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="-61"/>
        <source>on {domain}&apos;s list (SPF pass)</source>
        <translation>auf der Liste von {domain} (SPF pass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on {domain}&apos;s list (SPF fail)</source>
        <translation>nicht auf der Liste von {domain} (SPF fail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probably not on {domain}&apos;s list (SPF softfail)</source>
        <translation>wohl nicht auf der Liste von {domain} (SPF softfail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{domain}&apos;s list says neither (SPF neutral)</source>
        <translation>die Liste von {domain} sagt weder noch (SPF neutral)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the directory (SPF temperror)</source>
        <translation>keine Antwort vom Verzeichnis (SPF temperror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{domain}&apos;s list is broken (SPF permerror)</source>
        <translation>die Liste von {domain} ist fehlerhaft (SPF permerror)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{domain} has no list (SPF none)</source>
        <translation>{domain} hat keine Liste (SPF none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seal intact (DKIM pass)</source>
        <translation>Siegel unversehrt (DKIM pass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seal broken (DKIM fail)</source>
        <translation>Siegel gebrochen (DKIM fail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the directory (DKIM temperror)</source>
        <translation>keine Antwort vom Verzeichnis (DKIM temperror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seal cannot be checked (DKIM permerror)</source>
        <translation>Siegel nicht prüfbar (DKIM permerror)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seal not accepted (DKIM policy)</source>
        <translation>Siegel nicht anerkannt (DKIM policy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no seal (DKIM none)</source>
        <translation>kein Siegel (DKIM none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From: domain backs it (DMARC pass)</source>
        <translation>From:-Domain steht dahinter (DMARC pass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: domain does not back it (DMARC fail)</source>
        <translation>From:-Domain steht nicht dahinter (DMARC fail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the directory (DMARC temperror)</source>
        <translation>keine Antwort vom Verzeichnis (DMARC temperror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: domain&apos;s rules are broken (DMARC permerror)</source>
        <translation>Regeln der From:-Domain fehlerhaft (DMARC permerror)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From: domain has no rules (DMARC none)</source>
        <translation>From:-Domain hat keine Regeln (DMARC none)</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>taken (Authentication-Results on top)</source>
        <translation>angenommen (Authentication-Results obendrauf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fake results note torn off (Authentication-Results), {result}</source>
        <translation>gefälschte Ergebniszeile abgerissen (Authentication-Results), {result}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>refused (rejected)</source>
        <translation>abgelehnt (rejected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>come back later (deferred)</source>
        <translation>später wiederkommen (deferred)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>into the Junk folder (DMARC quarantine)</source>
        <translation>in den Spam-Ordner (DMARC quarantine)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../replay/vocabulary.cpp" line="+17"/>
        <source>writer&apos;s desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mail client</source>
        <translation>E-Mail-Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post office</source>
        <translation>Postamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing SMTP server (MSA)</source>
        <translation>Postausgangsserver (SMTP, MSA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal-code directory</source>
        <translation>Postleitzahl-Verzeichnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DNS resolver</source>
        <translation>DNS-Resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sorting station</source>
        <translation>Sortierzentrum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incoming MX server</source>
        <translation>Posteingangsserver (MX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO boxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mailbox store (IMAP/POP3)</source>
        <translation>Postfachspeicher (IMAP/POP3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>junction</source>
        <translation>Kreuzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snooper</source>
        <translation>Lauscher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eavesdropper on the network path</source>
        <translation>Mithörer auf dem Netzweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truck</source>
        <translation>Postauto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP session</source>
        <translation>SMTP-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to sender</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bounced (DSN)</source>
        <translation>zurückgeschickt (DSN)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n letter(s) waiting</source>
        <translation>
            <numerusform>%n Brief wartet</numerusform>
            <numerusform>%n Briefe warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n Nachricht in der Warteschlange</numerusform>
            <numerusform>%n Nachrichten in der Warteschlange</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../worksheet/worksheet.cpp" line="+11"/>
        <source>{title} (worksheet)</source>
        <translation>{title} (Arbeitsblatt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: ______________________    Class: ________    Date: ____________</source>
        <translation>Name: ______________________    Klasse: ________    Datum: ____________</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this lesson</source>
        <translation>In dieser Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The town</source>
        <translation>Die Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict, then watch</source>
        <translation>Erst vermuten, dann zuschauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you think so?</source>
        <translation>Warum glaubst du das?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer key (for the teacher)</source>
        <translation>Lösungen (für die Lehrkraft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run never reached this answer.</source>
        <translation>Der Ablauf kam nie bis zu dieser Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run revealed {answer}: none of the choices.</source>
        <translation>Der Ablauf zeigte {answer}: keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run revealed: {answer}.</source>
        <translation>Der Ablauf zeigte: {answer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run revealed: {answer} (the nearest choice).</source>
        <translation>Der Ablauf zeigte: {answer} (die nächstliegende Wahl).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right:</source>
        <translation>Richtig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: {why}</source>
        <translation>Warum: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to remember</source>
        <translation>Das merken wir uns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}  ·  page {page}</source>
        <translation>{title}  ·  Seite {page}</translation>
    </message>
</context>
<context>
    <name>postie::gui::CaptionBar</name>
    <message>
        <location filename="../gui/playback/caption_bar.cpp" line="+42"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters so far</source>
        <translation>Briefe bisher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>(%n more at this moment) %1</source>
        <extracomment>Before the latest sentences of one moment of the run when there were more of it than are shown: &quot;(2 more at this moment) The post office …&quot;.</extracomment>
        <translation>
            <numerusform>(%n weiterer in diesem Moment) %1</numerusform>
            <numerusform>(%n weitere in diesem Moment) %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Delivered: %1   %2: %3   Expired: %4</source>
        <extracomment>The counts beside the clock; %2 is &quot;Returned to sender&quot; (or &quot;Bounced (DSN)&quot; in email words). Keep three spaces between two counts: a narrow bar wraps the line there.</extracomment>
        <translation>Zugestellt: %1   %2: %3   Abgelaufen: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   Discarded: %1</source>
        <translation>   Verworfen: %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::ChartPanel</name>
    <message>
        <location filename="../gui/charts/chart_panel.cpp" line="+30"/>
        <source>Click: go to that moment. Right-click: save as a picture or as data.</source>
        <translation>Klick: zu diesem Moment springen. Rechtsklick: als Bild oder als Daten speichern.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Save the chart as a picture (PNG)…</source>
        <translation>Diagramm als Bild speichern (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chart&apos;s data (CSV)…</source>
        <translation>Daten des Diagramms speichern (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the data</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/charts/time_series_chart.cpp" line="+30"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../gui/charts/axis_ticks.cpp" line="+39"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::ChartsAction</name>
    <message>
        <location filename="../gui/charts/charts_action.cpp" line="+10"/>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
</context>
<context>
    <name>postie::gui::ChartsDock</name>
    <message>
        <location filename="../gui/charts/charts_dock.cpp" line="+17"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>postie::gui::EditorDock</name>
    <message>
        <location filename="../gui/editor/editor_dock.cpp" line="+17"/>
        <source>Build the town</source>
        <translation>Die Stadt bauen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Directory (DNS)</source>
        <extracomment>Edit mode&apos;s tabs: the postal-code directory&apos;s records.</extracomment>
        <translation>Verzeichnis (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <extracomment>Edit mode, the Lesson tab: what the class is to learn.</extracomment>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops</source>
        <extracomment>Edit mode, the Lesson tab: where the run halts and asks the class.</extracomment>
        <translation>Halte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recap</source>
        <extracomment>Edit mode, the Lesson tab: what the class has seen, at the end.</extracomment>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ready to play: press Play the town (Ctrl+Shift+E) to run it.</source>
        <extracomment>Edit mode: the town loads; Play the town (Ctrl+Shift+E) leaves edit mode and runs it.</extracomment>
        <translation>Bereit zum Abspielen: Drücke „Die Stadt abspielen“ (Strg+Umschalt+E), um sie laufen zu lassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not ready to play yet: %1</source>
        <extracomment>Edit mode: the town does not load yet; %1 is the loader&apos;s first message, with its line.</extracomment>
        <translation>Noch nicht bereit zum Abspielen: %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::EntryTable</name>
    <message>
        <location filename="../gui/editor/entry_table.cpp" line="+62"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>MX record: which sorting station takes a domain&apos;s mail</source>
        <translation>MX-Eintrag: welches Sortierzentrum die Post einer Domain annimmt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A record: a host&apos;s address</source>
        <translation>A-Eintrag: die Adresse eines Rechners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TXT record: a text, such as an SPF list</source>
        <translation>TXT-Eintrag: ein Text, etwa eine SPF-Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A letter</source>
        <translation>Ein Brief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stream of letters (30 an hour, for an hour)</source>
        <translation>Ein Strom von Briefen (30 pro Stunde, eine Stunde lang)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stop when the first letter is written</source>
        <extracomment>Add, on the lesson&apos;s tab: a stop that halts the run when the first letter is written.</extracomment>
        <translation>Ein Halt, wenn der erste Brief geschrieben wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A goal</source>
        <extracomment>Add, on the lesson&apos;s Goals or Recap tab: one more line of text.</extracomment>
        <translation>Ein Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A line of the recap</source>
        <translation>Eine Zeile des Rückblicks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the class will see.</source>
        <extracomment>The text of a goal or a recap line just added, to be typed over in the panel.</extracomment>
        <translation>Was die Klasse sehen wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the class saw.</source>
        <translation>Was die Klasse gesehen hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A station goes down</source>
        <translation>Eine Station fällt aus</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the rest</source>
        <translation>der Rest</translation>
    </message>
</context>
<context>
    <name>postie::gui::EventLogDock</name>
    <message>
        <location filename="../gui/eventlog/event_log_dock.cpp" line="+32"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one kind of event only</source>
        <translation>Nur eine Art von Ereignis zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what happens at one station only</source>
        <translation>Nur zeigen, was an einer Station passiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <extracomment>The event log&apos;s filter field for one letter&apos;s events.</extracomment>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter, e.g. m1</source>
        <translation>Brief, z. B. m1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one letter&apos;s events only (and its return-to-sender notice)</source>
        <translation>Nur die Ereignisse eines Briefs zeigen (und seine Benachrichtigung „Zurück an Absender“)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All stations</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%Ln event(s)</source>
        <extracomment>How many events the log lists: all of them, or those the filters let through (&quot;12 of 340 events&quot;).</extracomment>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis</numerusform>
            <numerusform>%1 von %Ln Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::EventLogModel</name>
    <message>
        <location filename="../gui/eventlog/event_log_model.cpp" line="+63"/>
        <source>Time</source>
        <extracomment>A column of the event log: when it happened, on the town&apos;s clock.</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <extracomment>A column of the event log: what kind of event it is.</extracomment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <extracomment>A column of the event log: which letter (m1, m2, …).</extracomment>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
</context>
<context>
    <name>postie::gui::FollowCamera</name>
    <message>
        <location filename="../gui/map/follow_camera.cpp" line="+19"/>
        <source>Follow the &amp;letter</source>
        <translation>Brief &amp;folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop following</source>
        <extracomment>Stop keeping the followed letter in the middle of the map.</extracomment>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the letter clicked last in the middle of the map (Esc or F stops)</source>
        <translation>Den zuletzt angeklickten Brief in der Mitte der Karte halten (Esc oder F beendet)</translation>
    </message>
</context>
<context>
    <name>postie::gui::GuessNext</name>
    <message>
        <location filename="../gui/lesson/guess_next.cpp" line="+18"/>
        <source>Where does it go &amp;next?</source>
        <translation>Wohin geht der Brief als &amp;Nächstes?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and let the class guess the letter&apos;s next station: click one on the map</source>
        <translation>Anhalten und die Klasse die nächste Station des Briefs raten lassen: Klicke eine auf der Karte an</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No letter is on its way yet.</source>
        <translation>Noch ist kein Brief unterwegs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter %1 goes to no other station in this run.</source>
        <translation>Brief %1 geht in diesem Durchlauf zu keiner weiteren Station.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where does letter %1 go next? Click the station the class chooses.</source>
        <translation>Wohin geht Brief %1 als Nächstes? Klicke die Station an, die die Klasse wählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The class says %1. Watch…</source>
        <translation>Die Klasse sagt %1. Schau zu…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Letter %1 goes to %2: the class was right!</source>
        <translation>Brief %1 geht zu %2: Die Klasse hatte recht!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter %1 goes to %2, not to %3.</source>
        <translation>Brief %1 geht zu %2, nicht zu %3.</translation>
    </message>
</context>
<context>
    <name>postie::gui::IncidentTimeline</name>
    <message>
        <location filename="../gui/editor/incident_timeline.cpp" line="+39"/>
        <source>Incidents on a timeline</source>
        <translation>Störungen auf einer Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each incident at its time: red, a station or road goes down (the bar: for how long); green, it comes back up. Click one to see its keys.</source>
        <translation>Jede Störung zu ihrer Zeit: rot, eine Station oder Straße fällt aus (der Balken: wie lange); grün, sie ist wieder da. Klicke eine an, um ihre Schlüssel zu sehen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No incidents</source>
        <translation>Keine Störungen</translation>
    </message>
</context>
<context>
    <name>postie::gui::InspectorDock</name>
    <message>
        <location filename="../gui/inspector/inspector_dock.cpp" line="+18"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a truck to open its letter: envelope, header lines, what was said on each hop and its journey.

Click a station to see its depot, its DNS cache, its PO boxes and its counters.</source>
        <translation>Klicke auf ein Postauto, um seinen Brief zu öffnen: Umschlag, Kopfzeilen, was auf jeder Etappe gesagt wurde, und seine Reise.

Klicke auf eine Station, um ihr Lager, ihren DNS-Cache, ihre Postfächer und ihre Zähler zu sehen.</translation>
    </message>
</context>
<context>
    <name>postie::gui::InterventionController</name>
    <message>
        <location filename="../gui/interventions/intervention_controller.cpp" line="+28"/>
        <source>&amp;Write a letter…</source>
        <translation>Brief &amp;schreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo intervention</source>
        <translation>Eingriff &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save with my changes…</source>
        <translation>Mit meinen Änderungen &amp;speichern…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo %1</source>
        <extracomment>&quot;Undo&quot; and what it undoes: &quot;Undo at 2m: mx1.example.org taken down&quot;.</extracomment>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take down</source>
        <extracomment>A station&apos;s menu on the map: close the station now (it refuses letters).</extracomment>
        <translation>Abschalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring up</source>
        <extracomment>A station&apos;s menu on the map: open the closed station again.</extracomment>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Road %1 – %2</source>
        <translation>Straße %1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut road</source>
        <extracomment>A road&apos;s menu on the map: cut the road now (nothing gets through).</extracomment>
        <translation>Straße sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mend road</source>
        <extracomment>A road&apos;s menu on the map: mend the cut road.</extracomment>
        <translation>Straße freigeben</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No scenario is open.</source>
        <translation>Kein Szenario ist geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s incidents: or mail: list is written in a way that cannot be extended.</source>
        <translation>Die Liste incidents: oder mail: in der Datei ist so geschrieben, dass sie sich nicht erweitern lässt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The changes could not be written into this file&apos;s text.</source>
        <translation>Die Änderungen konnten nicht in den Text dieser Datei geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>-changed</source>
        <extracomment>Added to a file&apos;s name for the copy saved with the changes: &quot;lesson-changed.yaml&quot;. No spaces.</extracomment>
        <translation>-geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save with my changes</source>
        <translation>Mit meinen Änderungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Szenario-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>postie::gui::KeysDialog</name>
    <message>
        <location filename="../gui/shell/keys_dialog.cpp" line="+36"/>
        <source> or </source>
        <extracomment>Between two keys that do the same: &quot;+ or =&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 to 6</source>
        <extracomment>The keys 1 to 6, as one row of the list of keys.</extracomment>
        <translation>1 bis 6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At a lesson&apos;s question: the class&apos;s choice, A to F</source>
        <translation>Bei einer Frage der Lektion: die Wahl der Klasse, A bis F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These keys work wherever the focus is in the window.</source>
        <translation>Diese Tasten wirken überall im Fenster, egal wo der Fokus ist.</translation>
    </message>
</context>
<context>
    <name>postie::gui::LatencyChart</name>
    <message>
        <location filename="../gui/charts/latency_chart.cpp" line="+31"/>
        <source>How long letters took</source>
        <translation>Wie lange die Briefe brauchten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From writing to the recipient&apos;s mailbox, for each letter delivered so far.</source>
        <translation>Vom Schreiben bis ins Postfach des Empfängers, für jeden bisher zugestellten Brief.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered letters</source>
        <translation>zugestellte Briefe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>took</source>
        <extracomment>A chart&apos;s axis: how long letters took to arrive.</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>under 1 s</source>
        <translation>unter 1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–10 s</source>
        <translation>1–10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s–1 min</source>
        <translation>10 s–1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–10 min</source>
        <translation>1–10 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 min–1 h</source>
        <translation>10 min–1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–6 h</source>
        <translation>1–6 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 h–1 day</source>
        <translation>6 h–1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over a day</source>
        <translation>über 1 Tag</translation>
    </message>
</context>
<context>
    <name>postie::gui::LegendDock</name>
    <message>
        <location filename="../gui/shell/legend_dock.cpp" line="+33"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend: what the pictures on the map mean</source>
        <translation>Legende: was die Bilder auf der Karte bedeuten</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Writers&apos; devices (mail clients)</source>
        <translation>Geräte der Absender (E-Mail-Programme)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badges: how many letters</source>
        <translation>Zahlenschilder: wie viele Briefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue number: letters waiting in the depot for a clerk (the queue).</source>
        <translation>Blaue Zahl: Briefe, die im Lager auf eine Angestellte warten (die Warteschlange).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue envelope and number: letters in the PO boxes, waiting for their reader to fetch them.</source>
        <translation>Blauer Umschlag und Zahl: Briefe in den Postfächern, die darauf warten, dass ihr Empfänger sie abholt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber round arrow and number: letters put off till a later try (deferred).</source>
        <translation>Oranger Rundpfeil und Zahl: Briefe, auf einen späteren Versuch verschoben (zurückgestellt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps: a station acts (a moment)</source>
        <translation>Stempel: eine Station handelt (kurz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MX answer: the postal-code directory tells which sorting station serves the address (DNS).</source>
        <translation>MX-Antwort: Das Postleitzahl-Verzeichnis sagt, welches Sortierzentrum für die Adresse zuständig ist (DNS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>250 OK: a server takes the letter.</source>
        <translation>250 OK: Ein Server nimmt den Brief an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the box: the letter is delivered to its PO box.</source>
        <translation>Im Postfach: Der Brief ist in sein Postfach zugestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played faster than %1x, only failures and &quot;in the box&quot; get a stamp, so the buildings stay in sight.</source>
        <translation>Schneller als %1x abgespielt, bekommen nur Fehler und „im Postfach“ einen Stempel, damit die Gebäude sichtbar bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks: something went wrong (they stay a few seconds)</source>
        <translation>Zeichen: etwas ging schief (sie bleiben ein paar Sekunden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A station in trouble (until it is well again)</source>
        <translation>Eine Station mit Problemen (bis sie wieder läuft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roads and trucks</source>
        <translation>Straßen und Postautos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truck is a letter on its way. Each letter has its own colour and its name on a tag (m1, m2); a red tag: returned to sender.</source>
        <translation>Ein Postauto ist ein Brief unterwegs. Jeder Brief hat seine eigene Farbe und seinen Namen auf einem Schild (m1, m2); ein rotes Schild: zurück an Absender.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on the truck: %2</source>
        <extracomment>The legend&apos;s row for a truck&apos;s seal: &quot;Postcard: anyone on the road can read it (no TLS)&quot;.</extracomment>
        <translation>%1 auf dem Postauto: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pale road with a red barrier: the road is cut, nothing gets through.</source>
        <translation>Eine blasse Straße mit roter Schranke: Die Straße ist gesperrt, nichts kommt durch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The small sign on a road (20ms): how long a trip along it takes. Small bubbles (EHLO, 250, MX?) are the words said on the way.</source>
        <translation>Das kleine Schild an einer Straße (20ms): wie lange eine Fahrt darauf dauert. Kleine Sprechblasen (EHLO, 250, MX?) sind die Worte, die unterwegs gesagt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red: refused for good, returned, closed.</source>
        <translation>Rot: endgültig abgelehnt, zurückgeschickt, geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber: not now; it will be tried again.</source>
        <translation>Orange: nicht jetzt; es wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green: it went well.</source>
        <translation>Grün: Es hat geklappt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue: counts and answers.</source>
        <translation>Blau: Zahlen und Antworten.</translation>
    </message>
</context>
<context>
    <name>postie::gui::LessonDock</name>
    <message>
        <location filename="../gui/lesson/lesson_dock.cpp" line="+61"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson: the goals, the questions for the class and the recap</source>
        <translation>Lektion: die Ziele, die Fragen an die Klasse und die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose answer %1</source>
        <extracomment>A key (1 to 6) that votes for a lesson&apos;s choice A to F.</extracomment>
        <translation>Antwort %1 wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skip</source>
        <extracomment>At a lesson&apos;s question: play on without showing the answer (skip the question).</extracomment>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play on without showing the answer</source>
        <translation>Weiter abspielen, ohne die Antwort zu zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal</source>
        <extracomment>At a lesson&apos;s question: play on to the moment that shows the answer.</extracomment>
        <translation>Auflösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play on to the moment that shows the answer</source>
        <translation>Weiter abspielen bis zu dem Moment, der die Antwort zeigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make this change now: the run is worked out again with it</source>
        <translation>Diese Änderung jetzt machen: Der Durchlauf wird damit neu berechnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <extracomment>After a lesson&apos;s stop: play on.</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The class chooses %1 (key %2)</source>
        <translation>Die Klasse wählt %1 (Taste %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the right answer</source>
        <translation>%1, die richtige Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the class&apos;s answer</source>
        <translation>%1, die Antwort der Klasse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: %1 (%2)</source>
        <translation>Antwort: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try: %1</source>
        <extracomment>A button that makes a change to the run now, to see what happens: &quot;Try: Close the sorting station&quot;.</extracomment>
        <translation>Ausprobieren: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p style=&apos;margin:0 0 10px 0&apos;&gt;&lt;b&gt;%1. %2&lt;/b&gt;&lt;br&gt;The class: %3%4&lt;br&gt;Right: %5&lt;/p&gt;</source>
        <extracomment>The class&apos;s answers at the end of a lesson: the question&apos;s number and words, the class&apos;s answer with ✓ or ✗, the right answer. Keep the HTML tags.</extracomment>
        <translation>&lt;p style=&apos;margin:0 0 10px 0&apos;&gt;&lt;b&gt;%1. %2&lt;/b&gt;&lt;br&gt;Die Klasse: %3%4&lt;br&gt;Richtig: %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>postie::gui::LetterDialog</name>
    <message>
        <location filename="../gui/interventions/letter_dialog.cpp" line="+33"/>
        <source>Write a letter</source>
        <translation>Brief schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone@example.org</source>
        <translation>someone@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello</source>
        <extracomment>The subject a new letter starts with, which the class may change.</extracomment>
        <translation>Hallo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> KB</source>
        <extracomment>After the letter&apos;s size in kilobytes (1 KB = 1024 bytes); keep the space before it.</extracomment>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <extracomment>The button that sends the letter written by hand.</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter is written at %1, the moment on the clock, and the run is worked out again with it.</source>
        <translation>Der Brief wird um %1 geschrieben, dem Moment auf der Uhr, und der Durchlauf wird damit neu berechnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write an address such as bob@example.org.</source>
        <translation>Schreibe eine Adresse wie bob@example.org.</translation>
    </message>
</context>
<context>
    <name>postie::gui::MailProgramAction</name>
    <message>
        <location filename="../gui/realmail/mail_program_action.cpp" line="+14"/>
        <source>Open in a &amp;mail program…</source>
        <extracomment>File menu: serves the PO boxes over IMAP so that Thunderbird shows them as the playback runs.</extracomment>
        <translation>In einem &amp;Mailprogramm öffnen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PO boxes cannot be served over IMAP: %1</source>
        <extracomment>The status line when File &gt; Open in a mail program cannot listen; %1 says why.</extracomment>
        <translation>Die Postfächer können nicht über IMAP bereitgestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::MailProgramDialog</name>
    <message>
        <location filename="../gui/realmail/mail_program_dialog.cpp" line="+37"/>
        <source>Open in a mail program</source>
        <extracomment>The title of File &gt; Open in a mail program.</extracomment>
        <translation>In einem Mailprogramm öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postie shows the PO boxes of this town to a real mail program, over IMAP, as the moment on screen has them: letters appear there as the playback delivers them. Add a mail account with these settings (in Thunderbird: Account Settings &gt; Account Actions &gt; Add Mail Account, then Configure manually).</source>
        <extracomment>File &gt; Open in a mail program: what the dialog is for.</extracomment>
        <translation>Postie zeigt die Postfächer dieser Stadt einem echten Mailprogramm über IMAP, so wie sie im gezeigten Moment sind: Briefe erscheinen dort, sobald die Wiedergabe sie zustellt. Richte ein E-Mail-Konto mit diesen Einstellungen ein (in Thunderbird: Konten-Einstellungen &gt; Konten-Aktionen &gt; E-Mail-Konto hinzufügen, dann Manuell einrichten).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incoming server:</source>
        <extracomment>File &gt; Open in a mail program: the kind of incoming server.</extracomment>
        <translation>Posteingangsserver:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP, 127.0.0.1 (this computer only)</source>
        <translation>IMAP, 127.0.0.1 (nur dieser Computer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security:</source>
        <extracomment>File &gt; Open in a mail program: no TLS, which is safe since nothing leaves the computer.</extracomment>
        <translation>Verbindungssicherheit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None (nothing leaves this computer)</source>
        <translation>Keine (nichts verlässt diesen Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal password</source>
        <translation>Passwort, normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name (one per account):</source>
        <extracomment>File &gt; Open in a mail program: above the list of PO box addresses.</extracomment>
        <translation>Benutzername (einer je Konto):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy settings</source>
        <extracomment>File &gt; Open in a mail program: puts the settings on the clipboard.</extracomment>
        <translation>Einstellungen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop serving</source>
        <extracomment>File &gt; Open in a mail program: closes every connection and stops listening.</extracomment>
        <translation>Bereitstellung &amp;beenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>IMAP server 127.0.0.1, port %1, connection security none, normal password.
User name: one of %2
Password: %3</source>
        <extracomment>File &gt; Open in a mail program: the settings copied to the clipboard; %1 the port, %2 the users.</extracomment>
        <translation>IMAP-Server 127.0.0.1, Port %1, Verbindungssicherheit keine, Passwort normal.
Benutzername: einer von %2
Passwort: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not serving. Choose File &gt; Open in a mail program again to start.</source>
        <extracomment>File &gt; Open in a mail program, after Stop serving (or when it could not listen).</extracomment>
        <translation>Keine Bereitstellung. Wähle erneut Datei &gt; In einem Mailprogramm öffnen, um zu beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a mail program to connect.</source>
        <translation>Warte, bis sich ein Mailprogramm verbindet.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mail program connection(s) open.</source>
        <extracomment>File &gt; Open in a mail program: how many IMAP connections are open now.</extracomment>
        <translation>
            <numerusform>%n Verbindung eines Mailprogramms offen.</numerusform>
            <numerusform>%n Verbindungen von Mailprogrammen offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MainWindow</name>
    <message>
        <location filename="../gui/shell/main_window.cpp" line="+108"/>
        <source>Postie</source>
        <translation>Postie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map of the town</source>
        <translation>Karte der Stadt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New town…</source>
        <translation>&amp;Neue Stadt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lessons</source>
        <extracomment>File menu: back to the page that lists the lessons.</extracomment>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print worksheet…</source>
        <translation>Arbeitsblatt &amp;drucken…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E&amp;xport mailboxes</source>
        <extracomment>File menu: a submenu that writes every user&apos;s mailbox to files a mail program opens.</extracomment>
        <translation>Postfächer e&amp;xportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the mailboxes into this folder</source>
        <extracomment>The folder chooser of File &gt; Export mailboxes.</extracomment>
        <translation>Die Postfächer in diesen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As &amp;mbox files…</source>
        <extracomment>File &gt; Export mailboxes: one mbox file per user (mutt, Thunderbird&apos;s ImportExportTools).</extracomment>
        <translation>Als &amp;mbox-Dateien…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Mail&amp;dir folders…</source>
        <extracomment>File &gt; Export mailboxes: one Maildir folder per user (new/ and cur/).</extracomment>
        <translation>Als Mail&amp;dir-Ordner…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trace a real email…</source>
        <extracomment>File menu: reads a real email&apos;s Received lines as its journey, and plays it as a town.</extracomment>
        <translation>Echte E-Mail &amp;verfolgen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit the town</source>
        <translation>&amp;Stadt einpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event &amp;log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;words on the wire (SMTP, DNS)</source>
        <translation>&amp;Worte auf der Leitung zeigen (SMTP, DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: every command and reply travels as a bubble (wire detail). Off: only the letters travel (story detail).</source>
        <translation>An: Jeder Befehl und jede Antwort reist als Sprechblase (Leitungsdetail). Aus: Nur die Briefe reisen (Erzähldetail).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Email words</source>
        <translation>E-&amp;Mail-Begriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: &quot;outgoing SMTP server (MSA)&quot;, &quot;message&quot;. Off: the postal picture, &quot;post office&quot;, &quot;letter&quot;. A station&apos;s tooltip has the other word.</source>
        <translation>An: „Postausgangsserver (SMTP, MSA)“, „Nachricht“. Aus: die Post-Begriffe „Postamt“, „Brief“. Die Kurzinfo einer Station nennt das andere Wort.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Stations and roads</source>
        <translation>S&amp;tationen und Straßen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The town as a list, to read or to hear: each station and each road (Ctrl+T)</source>
        <translation>Die Stadt als Liste, zum Lesen oder Hören: jede Station und jede Straße (Strg+T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the pictures, marks and colours on the map mean (L)</source>
        <translation>Was die Bilder, Zeichen und Farben auf der Karte bedeuten (L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Less&amp;on</source>
        <extracomment>View menu: show or hide the lesson&apos;s panel (its goals, questions and recap).</extracomment>
        <translation>Lekti&amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s goals, its questions for the class and its recap</source>
        <translation>Die Ziele der Lektion, ihre Fragen an die Klasse und ihre Zusammenfassung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keys…</source>
        <translation>&amp;Tasten…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The mailboxes could not be written: %1</source>
        <extracomment>The status line when File &gt; Export mailboxes could not write; %1 says why.</extracomment>
        <translation>Die Postfächer konnten nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Mailboxes of %n user(s), as they stand at %2, written to %1.</source>
        <extracomment>The status line after File &gt; Export mailboxes: %n users, %1 the folder, %2 the moment.</extracomment>
        <translation>
            <numerusform>Postfächer von %n Person, wie sie um %2 stehen, nach %1 geschrieben.</numerusform>
            <numerusform>Postfächer von %n Personen, wie sie um %2 stehen, nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The town has changes</source>
        <translation>Die Stadt hat Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The town you are building has changes that are not saved. Save them first?</source>
        <translation>Die Stadt, die du baust, hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New town</source>
        <translation>Neue Stadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building %1%2 — Postie</source>
        <extracomment>The window&apos;s title in edit mode: the file&apos;s name (with * when it has unsaved changes).</extracomment>
        <translation>%1%2 wird gebaut — Postie</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The town: %1 and %2; View &gt; Stations and roads (Ctrl+T) lists them.</source>
        <extracomment>What a screen reader hears of the map: &quot;The town: 6 stations and 5 roads; …&quot;. %1 and %2 are &quot;%n station(s)&quot; and &quot;%n road(s)&quot;.</extracomment>
        <translation>Die Stadt: %1 und %2; Ansicht &gt; Stationen und Straßen (Strg+T) listet sie auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln station(s)</source>
        <translation>
            <numerusform>%Ln Station</numerusform>
            <numerusform>%Ln Stationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln road(s)</source>
        <translation>
            <numerusform>%Ln Straße</numerusform>
            <numerusform>%Ln Straßen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Working out the run: %Ln event(s) so far…</source>
        <translation>
            <numerusform>Der Ablauf wird berechnet: bisher %Ln Ereignis…</numerusform>
            <numerusform>Der Ablauf wird berechnet: bisher %Ln Ereignisse…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This run is long: the map shows its first %Ln event(s), the charts all of it.</source>
        <translation>
            <numerusform>Dieser Ablauf ist lang: Die Karte zeigt sein erstes Ereignis, die Diagramme alles.</numerusform>
            <numerusform>Dieser Ablauf ist lang: Die Karte zeigt seine ersten %Ln Ereignisse, die Diagramme alles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The whole run is ready: %Ln event(s).</source>
        <translation>
            <numerusform>Der ganze Durchlauf ist fertig: %Ln Ereignis.</numerusform>
            <numerusform>Der ganze Durchlauf ist fertig: %Ln Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Mend it in the town editor</source>
        <translation>Im Stadt-Editor reparieren</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+119"/>
        <source>%1 — Postie</source>
        <extracomment>The window&apos;s title: the scenario&apos;s title, then the app&apos;s name.</extracomment>
        <translation>%1 — Postie</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Edit mode: drag stations onto the map; Shift+drag from station to station lays a road</source>
        <translation>Bearbeiten: Stationen auf die Karte ziehen; Umschalt+Ziehen von Station zu Station baut eine Straße</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open a scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Szenario-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open this scenario</source>
        <translation>Szenario lässt sich nicht öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %n problem(s). Fix them in the file and open it again.</source>
        <translation>
            <numerusform>%1 hat %n Problem. Behebe es in der Datei und öffne sie erneut.</numerusform>
            <numerusform>%1 hat %n Probleme. Behebe sie in der Datei und öffne sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MarkedScrubber</name>
    <message numerus="yes">
        <location filename="../gui/playback/marked_scrubber.cpp" line="+112"/>
        <source>… and %n more here</source>
        <translation>
            <numerusform>… und %n weitere hier</numerusform>
            <numerusform>… und %n weitere hier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MessageInspector</name>
    <message numerus="yes">
        <location filename="../gui/inspector/message_inspector.cpp" line="+44"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port 587 (submission)</source>
        <translation>Port 587 (Einlieferung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port 465 (submission, in TLS from the start)</source>
        <translation>Port 465 (Einlieferung, von Anfang an in TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LMTP (port 24)</source>
        <translation>LMTP (Port 24)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1 (relay)</source>
        <translation>Port %1 (Weiterleitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hop %1: from %2 to %3, %4</source>
        <translation>Etappe %1: von %2 nach %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delivered</source>
        <extracomment>What became of a copy of a letter, as the trace says it: it reached the PO box.</extracomment>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bounced</source>
        <extracomment>What became of a copy of a letter, as the trace says it: returned to sender.</extracomment>
        <translation>zurückgeschickt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <extracomment>What became of a copy of a letter, as the trace says it: thrown away without a word.</extracomment>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <extracomment>What became of a copy of a letter, as the trace says it: given up after waiting too long.</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>anyone on the road between %1 and %2</source>
        <translation>jeder auf dem Weg zwischen %1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only %1 and %2 (TLS)</source>
        <translation>nur %1 und %2 (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the recipient; the post offices read the envelope and the header lines</source>
        <translation>nur der Empfänger; die Postämter lesen den Umschlag und die Kopfzeilen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(the letter: header lines and body, %1, then a line with only &quot;.&quot;)</source>
        <translation>(der Brief: Kopfzeilen und Text, %1, dann eine Zeile mit nur &quot;.&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>knocks at port 24 (LMTP)</source>
        <translation>klopft an Port 24 (LMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knocks at port %1</source>
        <translation>klopft an Port %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS from the first word (port 465): the rest is sealed</source>
        <translation>TLS ab dem ersten Wort (Port 465): der Rest ist versiegelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS starts (STARTTLS): the rest is sealed</source>
        <translation>TLS beginnt (STARTTLS): der Rest ist versiegelt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The envelope: what the servers read (SMTP)</source>
        <translation>Der Umschlag: was die Server lesen (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter: its header lines, newest on top</source>
        <translation>Der Brief: seine Kopfzeilen, die neueste oben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journey</source>
        <translation>Die Reise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who sent it? The receiving server&apos;s checks (SPF, DKIM, DMARC)</source>
        <translation>Wer hat ihn geschickt? Die Prüfungen des empfangenden Servers (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who can read it?</source>
        <translation>Wer kann ihn lesen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said on each hop (C: client, S: server)</source>
        <translation>Was auf jeder Etappe gesagt wurde (C: Client, S: Server)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letter %1 has not been written yet at this moment.</source>
        <translation>Brief %1 ist in diesem Moment noch nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letter %1: “%2”</source>
        <translation>Brief %1: „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter %1: a “return to sender” notice for %2</source>
        <translation>Brief %1: eine Benachrichtigung „Zurück an Absender“ für %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on the envelope only (Bcc): the letter does not name them</source>
        <translation>nur auf dem Umschlag (Bcc): Der Brief nennt sie nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An empty MAIL FROM: a notice is never returned to sender.</source>
        <translation>Ein leeres MAIL FROM: Eine Benachrichtigung geht nie an den Absender zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the envelope (MAIL FROM): %1</source>
        <translation>Auf dem Umschlag (MAIL FROM): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the letter (From:): %1</source>
        <translation>Im Brief (From:): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same: SMTP never compares the two.</source>
        <translation>Nicht dieselbe: SMTP vergleicht die beiden nie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 at %3</source>
        <extracomment>What became of the letter for one recipient: &quot;bob@example.org: delivered at 09:00:01&quot;.</extracomment>
        <translation>%1: %2 um %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(a blank line, then the body: %1 in all)</source>
        <translation>(eine Leerzeile, dann der Text: insgesamt %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter&apos;s own header lines are in the trace once a copy reaches a PO box; until then To: shows the envelope&apos;s recipients.</source>
        <translation>Die eigenen Kopfzeilen des Briefs stehen im Protokoll, sobald eine Kopie ein Postfach erreicht; bis dahin zeigt To: die Empfänger vom Umschlag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 checks the letter from %2</source>
        <translation>%1 prüft den Brief von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No receiving server has checked who sent it (a server checks with authenticate: true).</source>
        <translation>Noch kein empfangender Server hat geprüft, wer ihn geschickt hat (ein Server prüft mit authenticate: true).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hop %1 (%2): %3</source>
        <extracomment>Who could read the letter on one hop: &quot;Hop 1 (Postcard): anyone on the road between A and B&quot;.</extracomment>
        <translation>Etappe %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter has not been on the road between two servers yet.</source>
        <translation>Der Brief war noch nicht zwischen zwei Servern unterwegs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No SMTP session yet.</source>
        <translation>Noch keine SMTP-Sitzung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waits: retry %1</source>
        <translation>wartet: erneuter Versuch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the PO box</source>
        <translation>im Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned (%1)</source>
        <translation>zurückgeschickt (%1)</translation>
    </message>
</context>
<context>
    <name>postie::gui::NewTownDialog</name>
    <message>
        <location filename="../gui/editor/new_town_dialog.cpp" line="+18"/>
        <source>New town</source>
        <translation>Neue Stadt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An empty town
Start from nothing: drag stations from the palette onto the map.</source>
        <extracomment>File &gt; New town: the first choice, a town with nothing in it.</extracomment>
        <translation>Eine leere Stadt
Fange bei null an: Ziehe Stationen aus der Palette auf die Karte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which town do you want to start from?</source>
        <translation>Mit welcher Stadt willst du anfangen?</translation>
    </message>
</context>
<context>
    <name>postie::gui::PlaybackToolbar</name>
    <message>
        <location filename="../gui/playback/playback_toolbar.cpp" line="+33"/>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+262"/>
        <source>Play</source>
        <extracomment>A toolbar button: play the run (it reads Pause while playing).</extracomment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder Pause (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <extracomment>A toolbar button: one event back (not a menu&apos;s &quot;go back&quot;).</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step back to the previous event (Left)</source>
        <translation>Einen Schritt zurück zum vorigen Ereignis (Pfeil links)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <extracomment>A toolbar button: one event forward.</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step to the next event (Right)</source>
        <translation>Einen Schritt weiter zum nächsten Ereignis (Pfeil rechts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <extracomment>A toolbar button: back to the start of the run.</extracomment>
        <translation>Von vorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start (Home)</source>
        <translation>Zurück zum Anfang (Pos1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Speed</source>
        <extracomment>Before the speed slider: how fast the run plays.</extracomment>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>From slow motion to thousands of times faster than real time: [ slower, ] faster</source>
        <translation>Von Zeitlupe bis tausendfach schneller als Echtzeit: [ langsamer, ] schneller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slower speed</source>
        <translation>Langsameres Tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next slower speed ([)</source>
        <translation>Das nächstlangsamere Tempo ([)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster speed</source>
        <translation>Schnelleres Tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next faster speed (])</source>
        <translation>Das nächstschnellere Tempo (])</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story pace</source>
        <translation>Erzähltempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Story</source>
        <extracomment>The short word on the toolbar for &quot;Story pace&quot;: each caption stays until it can be read.</extracomment>
        <translation>Erzählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Story pace (P): each caption stays until it can be read, quiet time is jumped and said. Off: the clock runs at the speed, for busy towns.</source>
        <translation>Erzähltempo (P): Jeder Untertitel bleibt, bis man ihn lesen kann; ruhige Zeit wird übersprungen und angesagt. Aus: Die Uhr läuft im eingestellten Tempo, für belebte Städte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip idle</source>
        <extracomment>Off the story pace: when nothing moves, the clock jumps to the next event.</extracomment>
        <translation>Leerlauf überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off the story pace: when nothing moves, jump to the next event</source>
        <translation>Ohne Erzähltempo: Wenn sich nichts bewegt, zum nächsten Ereignis springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption time</source>
        <translation>Untertitel-Dauer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 s a caption</source>
        <extracomment>A choice of how long a caption stays at the story pace: &quot;2.5 s a caption&quot;.</extracomment>
        <translation>%1 s pro Untertitel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Position in the run</source>
        <translation>Position im Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every event of the run: drag to go anywhere. Marks: a station or road closed (red) or open again (green), a letter deferred (amber) or returned (dark red), your own changes (violet flag)</source>
        <translation>Jedes Ereignis des Durchlaufs: Ziehe, um überallhin zu springen. Zeichen: Station oder Straße geschlossen (rot) oder wieder offen (grün), Brief zurückgestellt (orange) oder zurückgeschickt (dunkelrot), deine eigenen Änderungen (violette Fahne)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events shown</source>
        <translation>Gezeigte Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events shown so far, of all the events of the run</source>
        <translation>Bisher gezeigte Ereignisse, von allen Ereignissen des Durchlaufs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated clock</source>
        <translation>Simulierte Uhr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The simulated clock</source>
        <translation>Die simulierte Uhr</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>skipping 23 h 59 min</source>
        <extracomment>Only measured, never shown: as long as the longest &quot;skipping %1&quot; the toolbar shows.</extracomment>
        <translation>Sprung: 23 h 59 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>» %1</source>
        <extracomment>Short of room: the clock jumps over quiet time of this length (&quot;» 9 min&quot;).</extracomment>
        <translation>» %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipping %1</source>
        <translation>Sprung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing happens for %1: the clock jumps to the next event (the speed is %2)</source>
        <translation>%1 lang passiert nichts: Die Uhr springt zum nächsten Ereignis (das Tempo ist %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times real time: 0.1× is ten times slower</source>
        <translation>Mal Echtzeit: 0.1× ist zehnmal langsamer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause</source>
        <extracomment>The toolbar button while the run plays (Pause) and while it stands (Play).</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>%1 / %2</source>
        <extracomment>Events shown so far of all the events of the run: &quot;12 / 340&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>postie::gui::PresentationMode</name>
    <message>
        <location filename="../gui/shell/presentation_mode.cpp" line="+17"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark theme</source>
        <translation>D&amp;unkles Design</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen, large type, high contrast (F11)</source>
        <translation>Vollbild, große Schrift, hoher Kontrast (F11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light text on a dark ground, for a dim room (D)</source>
        <translation>Helle Schrift auf dunklem Grund, für einen dunklen Raum (D)</translation>
    </message>
</context>
<context>
    <name>postie::gui::PropertiesPanel</name>
    <message>
        <location filename="../gui/editor/properties_panel.cpp" line="+115"/>
        <source>The town itself (click a station or a road for its keys)</source>
        <extracomment>The properties panel&apos;s heading when nothing on the map is selected.</extracomment>
        <translation>Die Stadt selbst (klicke eine Station oder Straße an, um ihre Schlüssel zu sehen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (%3)</source>
        <extracomment>The properties panel&apos;s heading: &quot;mx1.example.org: sorting station (incoming MX server)&quot;.</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The road between %1 and %2</source>
        <translation>Die Straße zwischen %1 und %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, entry %2</source>
        <extracomment>The properties panel&apos;s heading for an entry of a list: &quot;dns, entry 2&quot;.</extracomment>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it the MX of</source>
        <extracomment>A helper in the properties panel: the sorting station becomes the MX of the domain typed beside it.</extracomment>
        <translation>Zum MX machen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the directory&apos;s MX record for the domain (preference 10, or 10 more than its last MX: a backup) and lets this sorting station accept its mail</source>
        <translation>Fügt dem Verzeichnis den MX-Eintrag der Domain hinzu (Präferenz 10, oder 10 mehr als ihr letzter MX: ein Ersatz) und lässt dieses Sortierzentrum ihre Post annehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give it an address</source>
        <extracomment>A helper in the properties panel: an A record for this host in the directory (its tooltip says so).</extracomment>
        <translation>Eine Adresse geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the directory&apos;s A record for this host (its address), with an address no other host has</source>
        <translation>Fügt dem Verzeichnis den A-Eintrag dieses Rechners hinzu (seine Adresse), mit einer Adresse, die kein anderer hat</translation>
    </message>
</context>
<context>
    <name>postie::gui::RecentFiles</name>
    <message>
        <location filename="../gui/shell/recent_files.cpp" line="+33"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there, so it was taken off the list of recent files.</source>
        <translation>%1 ist nicht mehr da und wurde deshalb aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;%1  %2</source>
        <extracomment>A recent file in the menu: its number (the key that picks it) and its name. Keep the &amp; before %1.</extracomment>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>postie::gui::RunRecapPanel</name>
    <message>
        <location filename="../gui/playback/run_recap_panel.cpp" line="+35"/>
        <source>Summary of the &amp;run</source>
        <translation>&amp;Zusammenfassung des Durchlaufs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>▶ Play again</source>
        <extracomment>A button: play the run again from its start.</extracomment>
        <translation>▶ Nochmal abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <extracomment>A button: close the summary of the run.</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the run</source>
        <translation>Zusammenfassung des Durchlaufs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was sent, delivered, put off and returned, and what went wrong</source>
        <translation>Was verschickt, zugestellt, verschoben und zurückgeschickt wurde und was schiefging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the start of the run, and play (Enter)</source>
        <translation>Zurück zum Anfang des Durchlaufs und abspielen (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the summary (Esc)</source>
        <translation>Zusammenfassung schließen (Esc)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>What happened in “%1”</source>
        <translation>Was in „%1“ passiert ist</translation>
    </message>
</context>
<context>
    <name>postie::gui::StationInspector</name>
    <message>
        <location filename="../gui/inspector/station_inspector.cpp" line="+57"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The depot (queue)</source>
        <translation>Das Lager (Warteschlange)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory&apos;s memory (DNS cache)</source>
        <translation>Das Gedächtnis des Verzeichnisses (DNS-Cache)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PO boxes (mailboxes)</source>
        <translation>Die Postfächer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counters so far</source>
        <translation>Zähler bisher</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Closed&lt;/b&gt;: connections are refused.</source>
        <translation>&lt;b&gt;Geschlossen&lt;/b&gt;: Verbindungen werden abgewiesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open.</source>
        <translation>Offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device: %1.</source>
        <translation>Gerät: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, since %2</source>
        <extracomment>A letter in the depot: its id and since when it waits (&quot;m3, since 09:00:02&quot;).</extracomment>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2: next try at %3 (%4)</source>
        <translation>%1 an %2: nächster Versuch um %3 (%4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing remembered yet.</source>
        <translation>Noch nichts gemerkt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kept %1 more (TTL %2)</source>
        <translation>noch %1 gemerkt (TTL %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired: asked again next time</source>
        <translation>abgelaufen: wird beim nächsten Mal neu gefragt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No letters yet.</source>
        <translation>Noch keine Briefe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty</source>
        <extracomment>A PO box with no letters in it.</extracomment>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%Ln letter(s) waiting for a clerk or a free lane.</source>
        <translation>
            <numerusform>%Ln Brief wartet auf eine Angestellte oder eine freie Spur.</numerusform>
            <numerusform>%Ln Briefe warten auf eine Angestellte oder eine freie Spur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: tore STARTTLS off the answer of %2 to %3</source>
        <extracomment>A snooper&apos;s note: &quot;09:00:00.265: tore STARTTLS off the answer of mx.school.test to smtp.sender.test&quot;.</extracomment>
        <translation>%1: hat STARTTLS von der Antwort von %2 an %3 abgerissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 to %4, a sealed envelope: could not read it (TLS)</source>
        <extracomment>A snooper&apos;s note: &quot;09:00:00.415: m1 from … to …, a sealed envelope: could not read it (TLS)&quot;.</extracomment>
        <translation>%1: %2 von %3 nach %4, ein versiegelter Umschlag: nicht lesbar (TLS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 to %4, a locked box: read who writes to whom and “%5”, not the text</source>
        <translation>%1: %2 von %3 nach %4, eine verschlossene Kiste: gelesen, wer wem schreibt, und „%5“, nicht den Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 to %4, a postcard: read “%5”: “%6”</source>
        <translation>%1: %2 von %3 nach %4, eine Postkarte: gelesen „%5“: „%6“</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>What it read on the road</source>
        <translation>Was er unterwegs gelesen hat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2)</source>
        <extracomment>A letter in the depot, with why it waits there: &quot;m3, since 09:00:02 (…)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln letter(s) waiting for the next round (deferred, to be tried again).</source>
        <translation>
            <numerusform>%Ln Brief wartet auf die nächste Runde (zurückgestellt, wird erneut versucht).</numerusform>
            <numerusform>%Ln Briefe warten auf die nächste Runde (zurückgestellt, werden erneut versucht).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no such record</source>
        <extracomment>A DNS answer without records (NOERROR): the name is there, but not a record of that type.</extracomment>
        <translation>kein solcher Eintrag</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln Brief</numerusform>
            <numerusform>%Ln Briefe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from %2, “%3”, stored %4</source>
        <translation>%1 von %2, „%3“, abgelegt um %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the Junk folder</source>
        <extracomment>After a letter in a PO box: it was filed in the Junk folder, which mail programs do not fetch.</extracomment>
        <translation>im Spam-Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read by %1 at %2, still here (IMAP, \Seen)</source>
        <extracomment>After a letter in a PO box (&quot;m1 from …, stored 09:00&quot;): who fetched it, when and how.</extracomment>
        <translation>gelesen von %1 um %2, noch da (IMAP, \Seen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloaded by %1 at %2 (POP3 RETR)</source>
        <translation>heruntergeladen von %1 um %2 (POP3 RETR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetched by %1 at %2</source>
        <translation>abgeholt von %1 um %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %Ln more PO box(es)</source>
        <translation>
            <numerusform>… und %Ln weiteres Postfach</numerusform>
            <numerusform>… und %Ln weitere Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters arrived by road</source>
        <translation>Briefe per Straße angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters sent on by road</source>
        <translation>Briefe per Straße weitergeschickt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters a clerk took from the depot</source>
        <translation>Briefe von Angestellten aus dem Lager genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP sessions it answered</source>
        <translation>SMTP-Sitzungen beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP sessions it opened</source>
        <translation>SMTP-Sitzungen geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LMTP sessions it answered</source>
        <translation>LMTP-Sitzungen beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LMTP sessions it opened</source>
        <translation>LMTP-Sitzungen geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies it gave: 2xx (yes)</source>
        <translation>Antworten gegeben: 2xx (ja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies it gave: 4xx (later)</source>
        <translation>Antworten gegeben: 4xx (später)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies it gave: 5xx (no)</source>
        <translation>Antworten gegeben: 5xx (nein)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doors that stayed shut to it</source>
        <translation>Türen, die für sie zu blieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferrals (letters held for the next round)</source>
        <translation>Zurückstellungen (Briefe für die nächste Runde behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices written (return to sender, still trying)</source>
        <translation>Benachrichtigungen geschrieben (Zurück an Absender, wird noch versucht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters stored</source>
        <translation>Briefe abgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters fetched</source>
        <translation>Briefe abgeholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters taken home and removed (POP3)</source>
        <translation>Briefe mitgenommen und gelöscht (POP3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies delivered here</source>
        <translation>Kopien hier zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies returned to sender here</source>
        <translation>Kopien hier zurück an Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies given up here (expired)</source>
        <translation>Kopien hier aufgegeben (abgelaufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies discarded here</source>
        <translation>Kopien hier verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions answered (DNS)</source>
        <translation>Fragen beantwortet (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… from memory (cache hits)</source>
        <translation>… aus dem Gedächtnis (Cache-Treffer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… looked up (cache misses)</source>
        <translation>… nachgeschlagen (Cache-Fehlschläge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions it asked the directory (DNS)</source>
        <translation>Fragen an das Verzeichnis gestellt (DNS)</translation>
    </message>
</context>
<context>
    <name>postie::gui::StationPalette</name>
    <message>
        <location filename="../gui/editor/station_palette.cpp" line="+87"/>
        <source>Build</source>
        <extracomment>The edit mode&apos;s palette: station kinds to drag onto the map, the road tool, the pointer.</extracomment>
        <translation>Bauen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play the town</source>
        <extracomment>The palette&apos;s first button: leave edit mode and run the town as it is now.</extracomment>
        <translation>Die Stadt abspielen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select</source>
        <extracomment>Edit mode&apos;s pointer: click to select, drag to move.</extracomment>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a station or a road to see its keys; drag a station to move it</source>
        <translation>Klicke eine Station oder Straße an, um ihre Schlüssel zu sehen; ziehe eine Station, um sie zu verschieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Road</source>
        <extracomment>Edit mode&apos;s road tool: drag from one station to another to lay a road.</extracomment>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag from one station to another to lay a road between them (or hold Shift and drag)</source>
        <translation>Ziehe von einer Station zur anderen, um eine Straße zwischen ihnen zu bauen (oder ziehe mit gedrückter Umschalttaste)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): drag it onto the map, or click here and then on the map</source>
        <extracomment>A palette button&apos;s tooltip: &quot;Sorting station (incoming MX server): drag it onto the map, ...&quot;.</extracomment>
        <translation>%1 (%2): auf die Karte ziehen, oder hier und dann auf die Karte klicken</translation>
    </message>
</context>
<context>
    <name>postie::gui::TimeSeriesChart</name>
    <message>
        <location filename="../gui/charts/time_series_chart.cpp" line="+14"/>
        <source>the town&apos;s clock</source>
        <translation>Uhr der Stadt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>now</source>
        <extracomment>The line on a chart at the moment the playback has reached.</extracomment>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Queues: letters waiting in line</source>
        <translation>Warteschlangen: Briefe, die anstehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many letters wait at each post office for the clerk to take them.</source>
        <translation>Wie viele Briefe in jedem Postamt darauf warten, dass die Angestellte sie nimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <extracomment>A chart&apos;s vertical axis: the number of letters waiting.</extracomment>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letters in flight: all on their way</source>
        <translation>Briefe unterwegs: alle auf dem Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every letter written but not in a mailbox yet: in line, being checked or on the road.</source>
        <translation>Jeder geschriebene Brief, der noch nicht in einem Postfach ist: in der Schlange, in Prüfung oder auf der Straße.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters</source>
        <extracomment>A chart&apos;s vertical axis: the number of letters on their way.</extracomment>
        <translation>Briefe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on their way</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivered, bounced, deferred</source>
        <translation>Zugestellt, zurückgeschickt, zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters so far: in the mailbox, sent back, or waiting to try again.</source>
        <translation>Briefe bisher: im Postfach, zurückgeschickt oder wartend auf einen neuen Versuch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>so far</source>
        <extracomment>A chart&apos;s vertical axis: the number of letters so far.</extracomment>
        <translation>bisher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bounced</source>
        <translation>zurückgeschickt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS cache hit rate</source>
        <translation>DNS-Cache-Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often a post office knew the address already, without asking the directory.</source>
        <translation>Wie oft ein Postamt die Adresse schon kannte, ohne das Verzeichnis zu fragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cached (%)</source>
        <extracomment>A chart&apos;s vertical axis: the share of DNS questions answered from memory, in per cent.</extracomment>
        <translation>aus dem Cache (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since the start</source>
        <translation>seit Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in each interval</source>
        <translation>je Intervall</translation>
    </message>
</context>
<context>
    <name>postie::gui::TimeSplitChart</name>
    <message>
        <location filename="../gui/charts/time_split_chart.cpp" line="+32"/>
        <source>Where the letters&apos; time went</source>
        <translation>Wofür die Briefe ihre Zeit brauchten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the time letters spent on their way to a mailbox (not in it), the part spent in each way.</source>
        <translation>Von der Zeit, die Briefe auf dem Weg zu einem Postfach verbrachten (nicht darin), der Anteil für jede Art.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting in a queue</source>
        <translation>in einer Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asking DNS</source>
        <translation>DNS fragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at a post office or on the road</source>
        <translation>in einem Postamt oder auf der Straße</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from (the town&apos;s clock)</source>
        <translation>ab (Uhr der Stadt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the time (%)</source>
        <translation>Anteil der Zeit (%)</translation>
    </message>
</context>
<context>
    <name>postie::gui::TownEditor</name>
    <message>
        <location filename="../gui/editor/town_editor.cpp" line="+31"/>
        <source>&amp;Edit the town</source>
        <translation>Die Stadt &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build or change the town: add stations, lay roads, set their keys (Ctrl+Shift+E); press it again to play the town</source>
        <translation>Die Stadt bauen oder ändern: Stationen hinzufügen, Straßen bauen, ihre Schlüssel setzen (Strg+Umschalt+E); nochmals drücken, um die Stadt abzuspielen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo town edit</source>
        <extracomment>Edit menu, in edit mode: undo the last change to the town.</extracomment>
        <translation>Stadt-Änderung &amp;rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo town edit</source>
        <translation>Stadt-Änderung &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete from the town</source>
        <translation>Aus der Stadt &amp;löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save the town</source>
        <translation>Die Stadt &amp;speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the town &amp;as…</source>
        <translation>Die Stadt speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drag a station from the palette onto the map</source>
        <extracomment>On the empty map of a new town, in large type.</extracomment>
        <translation>Ziehe eine Station aus der Palette auf die Karte</translation>
    </message>
    <message>
        <location line="+168"/>
        <location line="+6"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the town</source>
        <translation>Die Stadt speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Szenario-Dateien (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>postie::gui::TownListDock</name>
    <message>
        <location filename="../gui/shell/town_list_dock.cpp" line="+33"/>
        <location line="+3"/>
        <source>Stations and roads</source>
        <translation>Stationen und Straßen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations and roads of the town</source>
        <translation>Stationen und Straßen der Stadt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2: %3</source>
        <extracomment>A station in the list of the town: its kind in the postal picture, in email words, and its name: &quot;Post office, outgoing SMTP server (MSA): Sender&apos;s post office&quot;.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1</source>
        <extracomment>After a station&apos;s name, its host name when the name is another: &quot;…: Sender&apos;s post office, smtp.sender.test&quot;.</extracomment>
        <translation>, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <extracomment>After a writer&apos;s station, what device it is: &quot;… alice (a laptop)&quot;.</extracomment>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln station(s)</source>
        <translation>
            <numerusform>%Ln Station</numerusform>
            <numerusform>%Ln Stationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln road(s)</source>
        <translation>
            <numerusform>%Ln Straße</numerusform>
            <numerusform>%Ln Straßen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Road from %1 to %2: %3 each way</source>
        <extracomment>A road in the list of the town; the time is written as the scenario file writes it (&quot;20ms&quot;).</extracomment>
        <translation>Straße von %1 nach %2: %3 je Richtung</translation>
    </message>
</context>
<context>
    <name>postie::gui::TraceEmailDialog</name>
    <message>
        <location filename="../gui/realmail/trace_email_dialog.cpp" line="+34"/>
        <source>Trace a real email</source>
        <extracomment>The title of File &gt; Trace a real email.</extracomment>
        <translation>Echte E-Mail verfolgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the headers of a real email (in most mail programs: &quot;Show original&quot; or &quot;View source&quot;), or open a message file. Each server it passed wrote a Received line; read oldest first, they are its journey.</source>
        <extracomment>File &gt; Trace a real email: what to paste, and where a mail program shows it.</extracomment>
        <translation>Füge die Kopfzeilen einer echten E-Mail ein (in den meisten Mailprogrammen: „Original anzeigen“ oder „Quelltext anzeigen“) oder öffne eine Nachrichtendatei. Jeder Server, den sie passiert hat, schrieb eine Received-Zeile; von der ältesten an gelesen, sind sie ihr Weg.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From</source>
        <extracomment>File &gt; Trace a real email: the table&apos;s columns. &quot;Took&quot;: how long the hop took.</extracomment>
        <translation>Von (from)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Server (by)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Mit (with)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted?</source>
        <translation>Vertrauenswürdig?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open a message file…</source>
        <extracomment>File &gt; Trace a real email: opens a .eml file instead of pasting.</extracomment>
        <translation>Nachrichtendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a message</source>
        <extracomment>The file chooser of File &gt; Trace a real email.</extracomment>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email messages (*.eml *.txt *.mbox);;All files (*)</source>
        <translation>E-Mail-Nachrichten (*.eml *.txt *.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play the journey</source>
        <extracomment>File &gt; Trace a real email: turns the journey into a town and plays it.</extracomment>
        <translation>Weg &amp;abspielen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>start</source>
        <extracomment>File &gt; Trace a real email, the Took column: the first hop, and a hop whose time is unknown.</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (clock skew)</source>
        <extracomment>File &gt; Trace a real email: after a negative time.</extracomment>
        <translation> (Zeitversatz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <extracomment>File &gt; Trace a real email, the trust column, short (the tip says why).</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may be forged</source>
        <translation>vielleicht gefälscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: %1&apos;s own server wrote it</source>
        <extracomment>File &gt; Trace a real email, the trust column&apos;s tip; %1 the receiver&apos;s domain.</extracomment>
        <translation>ja: ein eigener Server von %1 schrieb sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be forged: written outside %1</source>
        <translation>vielleicht gefälscht: außerhalb von %1 geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No Received line yet: paste the whole header block, from its first line.</source>
        <extracomment>File &gt; Trace a real email, before anything readable is pasted.</extracomment>
        <translation>Noch keine Received-Zeile: Füge den ganzen Kopfbereich ab seiner ersten Zeile ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hop(s), oldest first. %1 can vouch only for the lines its own servers wrote (RFC 5321 section 4.4).</source>
        <extracomment>File &gt; Trace a real email, under the table: %n hops, %1 the receiver&apos;s domain.</extracomment>
        <translation>
            <numerusform>%n Etappe, von der ältesten an. %1 kann nur für die Zeilen einstehen, die seine eigenen Server schrieben (RFC 5321, Abschnitt 4.4).</numerusform>
            <numerusform>%n Etappen, von der ältesten an. %1 kann nur für die Zeilen einstehen, die seine eigenen Server schrieben (RFC 5321, Abschnitt 4.4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The %n oldest line(s) could say anything: a sender can write false Received lines.</source>
        <extracomment>File &gt; Trace a real email: %n lines written by other servers.</extracomment>
        <translation>
            <numerusform>Die älteste Zeile könnte alles behaupten: Ein Absender kann falsche Received-Zeilen schreiben.</numerusform>
            <numerusform>Die %n ältesten Zeilen könnten alles behaupten: Ein Absender kann falsche Received-Zeilen schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hop(s) dated before the one before: the servers&apos; clocks disagree.</source>
        <extracomment>File &gt; Trace a real email: %n hops dated before the hop before them.</extracomment>
        <translation>
            <numerusform>%n Etappe ist früher datiert als die davor: Die Uhren der Server gehen verschieden.</numerusform>
            <numerusform>%n Etappen sind früher datiert als die davor: Die Uhren der Server gehen verschieden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::WelcomePage</name>
    <message>
        <location filename="../gui/shell/welcome_page.cpp" line="+28"/>
        <source>Postie</source>
        <translation>Postie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See how email travels: every letter a truck, every server a station in town.</source>
        <translation>Sieh, wie E-Mails reisen: jeder Brief ein Postauto, jeder Server eine Station in der Stadt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another scenario file…</source>
        <translation>Andere Szenario-Datei öffnen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened lately:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
</context>
</TS>
