<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Dates</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="+79"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <comment>month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{weekday} {day} {month} {year}, {time}</source>
        <extracomment>The caption&apos;s date: &quot;Wed 14 Jul 2010, 09:00:00.031&quot;.</extracomment>
        <translation>{weekday} {day} {month} {year}, {time}</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../replay/device_kind.cpp" line="+18"/>
        <source>a laptop</source>
        <translation>un ordinateur portable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phone</source>
        <translation>un téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a desktop computer</source>
        <translation>un ordinateur de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webmail in a web browser</source>
        <translation>un webmail dans un navigateur</translation>
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
        <translation>{n} j {m} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../replay/event_words.cpp" line="+12"/>
        <source>Letter written</source>
        <translation>Lettre écrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck leaves</source>
        <translation>Départ du camion postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck arrives</source>
        <translation>Arrivée du camion postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits in the depot</source>
        <translation>Attente au dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk takes it</source>
        <translation>Le guichetier la prend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory asked</source>
        <translation>Annuaire interrogé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory answers</source>
        <translation>L&apos;annuaire répond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knock at the door</source>
        <translation>On frappe à la porte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody opens</source>
        <translation>Personne n&apos;ouvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said at the counter</source>
        <translation>Dit au guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter answers</source>
        <translation>Le guichet répond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put off till later</source>
        <translation>Report à plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in the PO box</source>
        <translation>Mise en boîte postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device checks its box</source>
        <translation>L&apos;appareil relève sa boîte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device gets the letter</source>
        <translation>L&apos;appareil reçoit la lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to sender</source>
        <translation>Retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station closes</source>
        <translation>La station ferme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station opens</source>
        <translation>La station ouvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road closed</source>
        <translation>Route fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road open again</source>
        <translation>Route rouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter&apos;s journey ends</source>
        <translation>Fin du voyage de la lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken out of the box</source>
        <translation>Retrait de la boîte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender checked</source>
        <translation>Expéditeur vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope sealed</source>
        <translation>Enveloppe scellée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal offer torn off</source>
        <translation>Offre de sceau arrachée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read on the road</source>
        <translation>Lue en chemin</translation>
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
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try later</source>
        <translation>réessayez plus tard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 try later</source>
        <translation>%1 réessayez plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused for good</source>
        <translation>refus définitif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 refused</source>
        <translation>%1 refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such name</source>
        <translation>nom inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will try again</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return to sender</source>
        <translation>retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still trying</source>
        <translation>tentatives en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The door is shut: this station refused the connection (it is closed).</source>
        <translation>Porte close&#xa0;: cette station a refusé la connexion (elle est fermée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody opened: the connection timed out (a road on the way is cut).</source>
        <translation>Personne n&apos;a ouvert&#xa0;: le délai de connexion est dépassé (une route sur le chemin est coupée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Not now, try later&quot;: a 4xx reply, or a directory that cannot answer now (SERVFAIL).</source>
        <translation>«&#xa0;Pas maintenant, réessayez plus tard&#xa0;»&#xa0;: une réponse 4xx, ou un annuaire qui ne peut pas répondre pour l&apos;instant (SERVFAIL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused for good: a 5xx reply, for example no such person here (550).</source>
        <translation>Refus définitif&#xa0;: une réponse 5xx, par exemple «&#xa0;personne de ce nom ici&#xa0;» (550).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such postal code: the directory says the domain does not exist (NXDOMAIN).</source>
        <translation>Code postal inconnu&#xa0;: l&apos;annuaire dit que le domaine n&apos;existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter waits in the depot and will be tried again later (deferred).</source>
        <translation>La lettre attend au dépôt et fera l&apos;objet d&apos;une nouvelle tentative plus tard (différée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is stamped &quot;return to sender&quot; and goes back to its writer (a bounce).</source>
        <translation>La lettre reçoit le tampon «&#xa0;retour à l&apos;expéditeur&#xa0;» et revient à celui qui l&apos;a écrite (avis de non-remise, bounce).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note to the writer: the letter is late, the post office is still trying.</source>
        <translation>Un mot pour l&apos;expéditeur&#xa0;: la lettre a du retard, le bureau de poste essaie encore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DOOR SHUT</source>
        <translation>PORTE CLOSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO ANSWER</source>
        <translation>PAS DE RÉPONSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BUSY</source>
        <translation>OCCUPÉ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Red outline and CLOSED: the station is down; every knock at its door is refused.</source>
        <translation>Contour rouge et FERMÉ&#xa0;: la station est hors service&#xa0;; elle refuse tous ceux qui frappent à sa porte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red outline and DOOR SHUT: the station refuses connections.</source>
        <translation>Contour rouge et PORTE CLOSE&#xa0;: la station refuse les connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber dashed outline and NO ANSWER: nobody gets through to it (connection timed out).</source>
        <translation>Contour orange en pointillés et PAS DE RÉPONSE&#xa0;: personne ne parvient jusqu&apos;à elle (délai de connexion dépassé).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber dashed outline and BUSY: it says &quot;try later&quot; (4xx) until it takes letters again.</source>
        <translation>Contour orange en pointillés et OCCUPÉ&#xa0;: elle répond «&#xa0;réessayez plus tard&#xa0;» (4xx) jusqu&apos;à ce qu&apos;elle reprenne des lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber dashed outline alone: it holds letters for a later try.</source>
        <translation>Contour orange en pointillés seul&#xa0;: elle garde des lettres pour une nouvelle tentative plus tard.</translation>
    </message>
</context>
<context>
    <name>Intervention</name>
    <message>
        <location filename="../replay/intervention.cpp" line="+35"/>
        <source>at %1: a letter from %2 to %3</source>
        <translation>à %1&#xa0;: une lettre de %2 à %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at %1: %2 taken down</source>
        <translation>à %1&#xa0;: %2 mis hors service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1: %2 brought up</source>
        <translation>à %1&#xa0;: %2 remis en service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at %1: road %2 cut</source>
        <translation>à %1&#xa0;: route %2 coupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1: road %2 mended</source>
        <translation>à %1&#xa0;: route %2 réparée</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../gui/shell/launch_options.cpp" line="+18"/>
        <source>See how email travels.</source>
        <translation>Découvrez comment voyage un e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render one frame to &lt;png&gt; and exit.</source>
        <translation>Enregistrer une image dans &lt;png&gt; et quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated time of the screenshot, e.g. 750ms or 2m (default: the end).</source>
        <translation>Heure simulée de la capture, par ex. 750ms ou 2m (par défaut&#xa0;: la fin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size of the screenshot (default 1280x800).</source>
        <translation>Taille de la fenêtre pour la capture (par défaut 1280x800).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with email words (View &gt; Email words) instead of the postal picture.</source>
        <translation>Démarrer avec les mots de l&apos;e-mail (Affichage &gt; Mots de l&apos;e-mail) au lieu des mots de la poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the folder of the welcome page&apos;s lessons, then each lesson, and exit.</source>
        <translation>Afficher le dossier des leçons de la page d&apos;accueil, puis chaque leçon, et quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with the dark theme (View &gt; Dark theme).</source>
        <translation>Démarrer avec le thème sombre (Affichage &gt; Thème sombre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (large type, dark theme); a screenshot keeps its --size.</source>
        <translation>Démarrer en mode présentation (grands caractères, thème sombre)&#xa0;; une capture garde sa --size.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak this language: en, de or fr (default: View &gt; Language).</source>
        <translation>Parler cette langue : en, de ou fr (par défaut : Affichage &gt; Langue).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scenario file to open.</source>
        <translation>Un fichier de scénario à ouvrir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give one scenario file, not %1.</source>
        <translation>Donnez un seul fichier de scénario, pas %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--language: choose one of %1</source>
        <translation>--language : choisissez parmi %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--list-lessons takes no file and no --screenshot</source>
        <translation>--list-lessons ne prend ni fichier ni --screenshot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--at: %1</source>
        <translation>--at&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time cannot be negative</source>
        <translation>le temps ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size: write it as WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size&#xa0;: écrivez-la sous la forme LARGEURxHAUTEUR, par ex. 1280x800</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--screenshot needs a scenario file</source>
        <translation>--screenshot demande un fichier de scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--at and --size go with --screenshot</source>
        <translation>--at et --size s&apos;utilisent avec --screenshot</translation>
    </message>
</context>
<context>
    <name>LessonAnswers</name>
    <message>
        <location filename="../../engine/lesson/lesson_words.cpp" line="+17"/>
        <source>delivered</source>
        <translation>distribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to sender</source>
        <translation>retour à l’expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discarded</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
</context>
<context>
    <name>LessonCatalog</name>
    <message>
        <location filename="../gui/shell/lesson_catalog.cpp" line="+35"/>
        <source>This file has errors: open it to see them.</source>
        <translation>Ce fichier contient des erreurs&#xa0;: ouvrez-le pour les voir.</translation>
    </message>
</context>
<context>
    <name>LessonSheet</name>
    <message>
        <location filename="../replay/lesson_sheet.cpp" line="+55"/>
        <source>Recap</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop %1 never came in this run.</source>
        <translation>L&apos;arrêt %1 n&apos;a pas eu lieu dans cette simulation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out the run…</source>
        <translation>Calcul de la simulation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run stops once for the class.</source>
        <translation>La simulation s&apos;arrête une fois pour la classe.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>A choice by its letter and its words: &quot;B: 5 min&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>skipped</source>
        <translation>question passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no vote</source>
        <translation>pas de vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reached in this run</source>
        <translation>arrêt non atteint dans cette simulation</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The run stops %n time(s) for the class.</source>
        <translation>
            <numerusform>La simulation s’arrête %n fois pour la classe.</numerusform>
            <numerusform>La simulation s’arrête %n fois pour la classe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Space to play.</source>
        <translation>Appuyez sur Espace pour lancer la lecture.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop %1 of %2</source>
        <translation>Arrêt %1 sur %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skipped: the answer is not shown.</source>
        <translation>Question passée&#xa0;: la réponse n&apos;est pas montrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class did not vote.</source>
        <translation>La classe n&apos;a pas voté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class chose %1: right!</source>
        <translation>La classe a choisi %1&#xa0;: bonne réponse&#xa0;!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The class chose %1: not this time.</source>
        <translation>La classe a choisi %1&#xa0;: pas cette fois.</translation>
    </message>
</context>
<context>
    <name>LessonWords</name>
    <message>
        <location filename="../replay/lesson_words.cpp" line="+50"/>
        <source>delivered</source>
        <translation>distribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to sender</source>
        <translation>renvoyée à l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thrown away</source>
        <translation>jetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given up (expired)</source>
        <translation>abandonnée (expirée)</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the road %1 – %2</source>
        <translation>la route %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close %1</source>
        <extracomment>A change for the class to try, on a button: close a station (it stops taking letters).</extracomment>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1</source>
        <extracomment>A change for the class to try, on a button: open a closed station again.</extracomment>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut %1</source>
        <extracomment>A change for the class to try, on a button: cut a road (nothing gets through).</extracomment>
        <translation>Couper %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mend %1</source>
        <extracomment>A change for the class to try, on a button: mend a cut road.</extracomment>
        <translation>Réparer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a letter to %1</source>
        <translation>Écrire une lettre à %1</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="-27"/>
        <source>day {day} </source>
        <translation>jour {day} </translation>
    </message>
    <message>
        <location line="+250"/>
        <source>{at} writes a &apos;return to sender&apos; notice {message} for {original_obj} (bounce, DSN)</source>
        <translation>{at} écrit l&apos;avis {message} «&#xa0;retour à l&apos;expéditeur&#xa0;» pour {original_obj} (bounce, DSN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} write a &apos;return to sender&apos; notice {message} for {original_obj} (bounce, DSN)</source>
        <translation>{at} écrivent l&apos;avis {message} «&#xa0;retour à l&apos;expéditeur&#xa0;» pour {original_obj} (bounce, DSN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{at} writes {letter_obj} from {from} to {to}: &quot;{subject}&quot; (new message)</source>
        <translation>{at} écrit {letter_obj} de {from} à {to}&#xa0;: «&#xa0;{subject}&#xa0;» (nouveau message)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} write {letter_obj} from {from} to {to}: &quot;{subject}&quot; (new message)</source>
        <translation>{at} écrivent {letter_obj} de {from} à {to}&#xa0;: «&#xa0;{subject}&#xa0;» (nouveau message)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A truck leaves {origin_obj} with {letter_to} in a sealed envelope for {destination_obj} (message in transit, TLS)</source>
        <translation>Un camion postal quitte {origin_obj} avec {letter_obj} dans une enveloppe scellée pour {destination_obj} (message en transit, TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A truck leaves {origin_obj} with {letter_to} in a locked box for {destination_obj} (message in transit, end-to-end encrypted)</source>
        <translation>Un camion postal quitte {origin_obj} avec {letter_obj} dans une boîte verrouillée pour {destination_obj} (message en transit, chiffré de bout en bout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truck leaves {origin_obj} with {letter_to} for {destination_obj} (message in transit)</source>
        <translation>Un camion postal quitte {origin_obj} avec {letter_obj} pour {destination_obj} (message en transit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The truck with {letter_to} reaches {destination_obj}</source>
        <translation>Le camion postal {letter_of} arrive {destination_to}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{letter} waits in the depot of {at_of}, {queue} in line: {reason} (queued, concurrency limit)</source>
        <translation>{letter} attend dans le dépôt {at_of}, {queue} dans la file&#xa0;: {reason} (en attente, limite de livraisons simultanées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} waits in the queue of {at_of}, {queue} in line: {reason} (queued, concurrency limit)</source>
        <translation>{letter} attend dans la file d&apos;attente {at_of}, {queue} dans la file&#xa0;: {reason} (en attente, limite de livraisons simultanées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} waits in the depot of {at_of}, {queue} in line (queued)</source>
        <translation>{letter} attend dans le dépôt {at_of}, {queue} dans la file (en attente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} waits in the queue of {at_of}, {queue} in line (queued)</source>
        <translation>{letter} attend dans la file d&apos;attente {at_of}, {queue} dans la file (en attente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At {at_to}, {reason}: {letter} sets off (delivery starts)</source>
        <translation>{at_to}, {reason}&#xa0;: {letter} part (début de la livraison)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk at {at_to} takes {letter_obj} (processing)</source>
        <translation>{at_to}, un guichetier prend {letter_obj} (traitement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{at} asks {peer_obj} which sorting station serves {name} (DNS MX query)</source>
        <translation>{at} demande {peer_to} quel centre de tri dessert {name} (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} which sorting station serves {name} (DNS MX query)</source>
        <translation>{at} demandent {peer_to} quel centre de tri dessert {name} (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} which incoming MX server serves {name} (DNS MX query)</source>
        <translation>{at} demande {peer_to} quel serveur de réception MX dessert {name} (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} which incoming MX server serves {name} (DNS MX query)</source>
        <translation>{at} demandent {peer_to} quel serveur de réception MX dessert {name} (DNS MX query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} for the street address of {name} (DNS {qtype} query)</source>
        <translation>{at} demande {peer_to} l&apos;adresse exacte de {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for the street address of {name} (DNS {qtype} query)</source>
        <translation>{at} demandent {peer_to} l&apos;adresse exacte de {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} for the IP address of {name} (DNS {qtype} query)</source>
        <translation>{at} demande {peer_to} l&apos;adresse IP de {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for the IP address of {name} (DNS {qtype} query)</source>
        <translation>{at} demandent {peer_to} l&apos;adresse IP de {name} (DNS {qtype} query)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, from the cache</source>
        <translation>, depuis le cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from their notes</source>
        <translation>, de mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from its notes</source>
        <translation>, de mémoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{at} answers: no such postal code {name} (NXDOMAIN{cached})</source>
        <translation>{at} répond&#xa0;: le code postal {name} n&apos;existe pas (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: no such postal code {name} (NXDOMAIN{cached})</source>
        <translation>{at} répondent&#xa0;: le code postal {name} n&apos;existe pas (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answers: no such domain {name} (NXDOMAIN{cached})</source>
        <translation>{at} répond&#xa0;: le domaine {name} n&apos;existe pas (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: no such domain {name} (NXDOMAIN{cached})</source>
        <translation>{at} répondent&#xa0;: le domaine {name} n&apos;existe pas (NXDOMAIN{cached})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} answers: the office for {name} does not reply, try again later (SERVFAIL{cached})</source>
        <translation>{at} répond&#xa0;: le bureau de {name} ne répond pas, réessayez plus tard (SERVFAIL{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: the office for {name} does not reply, try again later (SERVFAIL{cached})</source>
        <translation>{at} répondent&#xa0;: le bureau de {name} ne répond pas, réessayez plus tard (SERVFAIL{cached})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} answers: {name} has no {qtype} entry (NOERROR, no data{cached})</source>
        <translation>{at} répond&#xa0;: {name} n&apos;a pas d&apos;entrée {qtype} (NOERROR, aucune donnée{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: {name} has no {qtype} entry (NOERROR, no data{cached})</source>
        <translation>{at} répondent&#xa0;: {name} n&apos;a pas d&apos;entrée {qtype} (NOERROR, aucune donnée{cached})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from the cache: cached</source>
        <translation>, depuis le cache&#xa0;: en cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from their notes: cached</source>
        <translation>, de mémoire&#xa0;: en cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, from its notes: cached</source>
        <translation>, de mémoire&#xa0;: en cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, after looking it up</source>
        <translation>, après recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answers {records} (DNS {rcode}{source})</source>
        <translation>{at} répond&#xa0;: {records} (DNS {rcode}{source})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer {records} (DNS {rcode}{source})</source>
        <translation>{at} répondent&#xa0;: {records} (DNS {rcode}{source})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} knocks at the door of {peer_of} ({dialogue} connection, port {port})</source>
        <translation>{at} frappe à la porte {peer_of} (connexion {dialogue}, port {port})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} knock at the door of {peer_of} ({dialogue} connection, port {port})</source>
        <translation>{at} frappent à la porte {peer_of} (connexion {dialogue}, port {port})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{at} could not get in at {peer_to}: {reason} (connection failed)</source>
        <comment>one</comment>
        <translation>{at} trouve porte close {peer_to}&#xa0;: {reason} (échec de connexion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} could not get in at {peer_to}: {reason} (connection failed)</source>
        <comment>several</comment>
        <translation>{at} trouvent porte close {peer_to}&#xa0;: {reason} (échec de connexion)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} says &quot;{command}&quot; to {peer_to} ({dialogue} {keyword})</source>
        <translation>{at} dit «&#xa0;{command}&#xa0;» {peer_to} ({dialogue} {keyword})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} say &quot;{command}&quot; to {peer_to} ({dialogue} {keyword})</source>
        <translation>{at} disent «&#xa0;{command}&#xa0;» {peer_to} ({dialogue} {keyword})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{at} refuses: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} refuse&#xa0;: «&#xa0;{reply}&#xa0;» (réponse {dialogue})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} refuse: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} refusent&#xa0;: «&#xa0;{reply}&#xa0;» (réponse {dialogue})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} says not now: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} demande de revenir plus tard&#xa0;: «&#xa0;{reply}&#xa0;» (réponse {dialogue})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} say not now: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} demandent de revenir plus tard&#xa0;: «&#xa0;{reply}&#xa0;» (réponse {dialogue})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answers: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} répond&#xa0;: «&#xa0;{reply}&#xa0;» (réponse {dialogue})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} answer: &quot;{reply}&quot; ({dialogue} reply)</source>
        <translation>{at} répondent&#xa0;: «&#xa0;{reply}&#xa0;» (réponse {dialogue})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{letter} waits at {at_to} for the next round: {reason} (deferred)</source>
        <translation>{letter} attend la prochaine tournée {at_to}&#xa0;: {reason} (deferred)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{letter} is put in the Junk folder of {owner}&apos;s PO box in {at_to}, where the device&apos;s inbox does not show it (delivered, filed as junk)</source>
        <translation>{at_to}, {letter} va dans le dossier Indésirables de la boîte postale de {owner}, que la boîte de réception de l&apos;appareil ne montre pas (distribué, classé indésirable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} is put in {owner}&apos;s PO box in {at_to} (delivered to the mailbox)</source>
        <translation>{at_to}, {letter} arrive dans la boîte postale de {owner} (delivered, dans la boîte aux lettres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} is put in {owner}&apos;s mailbox at {at_to} (delivered to the mailbox)</source>
        <translation>{at_to}, {letter} arrive dans la boîte aux lettres de {owner} (delivered, dans la boîte aux lettres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{at} asks {peer_obj} for new letters ({access} check)</source>
        <translation>{at} demande {peer_to} s&apos;il y a de nouvelles lettres (vérification {access})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for new letters ({access} check)</source>
        <translation>{at} demandent {peer_to} s&apos;il y a de nouvelles lettres (vérification {access})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} asks {peer_obj} for new messages ({access} check)</source>
        <translation>{at} demande {peer_to} s&apos;il y a de nouveaux messages (vérification {access})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} ask {peer_obj} for new messages ({access} check)</source>
        <translation>{at} demandent {peer_to} s&apos;il y a de nouveaux messages (vérification {access})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} takes {letter_obj} home (POP3 RETR)</source>
        <translation>{at} emporte {letter_obj} à la maison (POP3 RETR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} take {letter_obj} home (POP3 RETR)</source>
        <translation>{at} emportent {letter_obj} à la maison (POP3 RETR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} reads a copy of {letter_of}; the letter stays in the PO box, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} lit une copie {letter_of}&#xa0;; la lettre reste dans la boîte postale, marquée comme lue (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} read a copy of {letter_of}; the letter stays in the PO box, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} lisent une copie {letter_of}&#xa0;; la lettre reste dans la boîte postale, marquée comme lue (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} reads a copy of {letter_of}; the message stays in the mailbox, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} lit une copie {letter_of}&#xa0;; le message reste dans la boîte aux lettres, marqué comme lu (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} read a copy of {letter_of}; the message stays in the mailbox, marked as read (IMAP FETCH, \Seen)</source>
        <translation>{at} lisent une copie {letter_of}&#xa0;; le message reste dans la boîte aux lettres, marqué comme lu (IMAP FETCH, \Seen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} picks up {letter_obj} (fetched from the mailbox)</source>
        <translation>{at} récupère {letter_obj} (retrait de la boîte aux lettres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} pick up {letter_obj} (fetched from the mailbox)</source>
        <translation>{at} récupèrent {letter_obj} (retrait de la boîte aux lettres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PO box is empty</source>
        <translation>la boîte postale est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox is empty</source>
        <translation>la boîte aux lettres est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 letter is left in the PO box</source>
        <translation>il reste 1 lettre dans la boîte postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message is left in the mailbox</source>
        <translation>il reste 1 message dans la boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} letters are left in the PO box</source>
        <translation>il reste {count} lettres dans la boîte postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages are left in the mailbox</source>
        <translation>il reste {count} messages dans la boîte aux lettres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{peer} have taken {letter_obj} home: it is taken out of {owner}&apos;s PO box in {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} ont emporté {letter_obj} à la maison&#xa0;: elle sort de la boîte postale de {owner} {at_to}, et {left} (POP3 DELE, suppression au QUIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{peer} has taken {letter_obj} home: it is taken out of {owner}&apos;s PO box in {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} a emporté {letter_obj} à la maison&#xa0;: elle sort de la boîte postale de {owner} {at_to}, et {left} (POP3 DELE, suppression au QUIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{peer} have taken {letter_obj} home: it is taken out of {owner}&apos;s mailbox at {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} ont emporté {letter_obj} à la maison&#xa0;: il sort de la boîte aux lettres de {owner} {at_to}, et {left} (POP3 DELE, suppression au QUIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{peer} has taken {letter_obj} home: it is taken out of {owner}&apos;s mailbox at {at_to}, and {left} (POP3 DELE, removed at QUIT)</source>
        <translation>{peer} a emporté {letter_obj} à la maison&#xa0;: il sort de la boîte aux lettres de {owner} {at_to}, et {left} (POP3 DELE, suppression au QUIT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{at} tells the writer of {original_of} that it is still trying ({status}; delay warning)</source>
        <translation>{at} prévient l&apos;expéditeur {original_of} que les tentatives continuent ({status}&#xa0;; avis de retard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} tell the writer of {original_of} that they are still trying ({status}; delay warning)</source>
        <translation>{at} préviennent l&apos;expéditeur {original_of} que les tentatives continuent ({status}&#xa0;; avis de retard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} stamps {original_obj} &apos;return to sender&apos; with status {status} (bounce)</source>
        <translation>{at} tamponne {original_obj} «&#xa0;retour à l&apos;expéditeur&#xa0;» avec le statut {status} (bounce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} stamp {original_obj} &apos;return to sender&apos; with status {status} (bounce)</source>
        <translation>{at} tamponnent {original_obj} «&#xa0;retour à l&apos;expéditeur&#xa0;» avec le statut {status} (bounce)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} closes its doors (station down)</source>
        <translation>{at} ferme ses portes (station down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} close their doors (station down)</source>
        <translation>{at} ferment leurs portes (station down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} opens again (station up)</source>
        <translation>{at} rouvre ses portes (station up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} open again (station up)</source>
        <translation>{at} rouvrent leurs portes (station up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The road between {origin_obj} and {destination_obj} is closed (link down)</source>
        <translation>La route entre {origin_obj} et {destination_obj} est fermée (link down)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The road between {origin_obj} and {destination_obj} is open again (link up)</source>
        <translation>La route entre {origin_obj} et {destination_obj} est rouverte (link up)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{at} checks {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}</source>
        <translation>{at} vérifie {letter_obj}&#xa0;: {verdict}&#xa0;; {spf}, {dkim}, {dmarc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} check {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}</source>
        <translation>{at} vérifient {letter_obj}&#xa0;: {verdict}&#xa0;; {spf}, {dkim}, {dmarc}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} and {peer} seal their talk before the first word: everything from here travels in a sealed envelope (implicit TLS, port 465)</source>
        <translation>{at} et {peer} scellent leur échange avant le premier mot : désormais tout voyage dans une enveloppe scellée (TLS implicite, port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} and {peer} seal their talk: from here on every word and the letter travel in a sealed envelope (STARTTLS, TLS started)</source>
        <translation>{at} et {peer} scellent leur échange : désormais chaque mot et la lettre voyagent dans une enveloppe scellée (STARTTLS, TLS démarré)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{at} tears the offer to seal (STARTTLS) off the answer of {origin_of} to {destination_obj}: the sender will think it cannot seal its letter (STARTTLS stripped)</source>
        <translation>{at} arrache l&apos;offre de sceller (STARTTLS) de la réponse {origin_of} {destination_to} : l&apos;expéditeur croira qu&apos;il ne peut pas sceller sa lettre (STARTTLS supprimé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{at} sees {letter_obj} pass in a sealed envelope and cannot read a word of it (TLS)</source>
        <translation>{at} voit passer {letter_obj} dans une enveloppe scellée et ne peut en lire aucun mot (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} reads the label of {letter_obj}, a locked box: who writes to whom and &quot;{subject}&quot;, but not the text inside (end-to-end encryption, no TLS)</source>
        <translation>{at} lit l&apos;étiquette {letter_of}, une boîte verrouillée : qui écrit à qui et «&#xa0;{subject}&#xa0;», mais pas le texte à l&apos;intérieur (chiffrement de bout en bout, pas de TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} reads {letter_obj} as it passes, a postcard: &quot;{subject}&quot; (no TLS)</source>
        <translation>{at} lit {letter_obj} au passage, une carte postale : «&#xa0;{subject}&#xa0;» (pas de TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} reads {letter_obj} as it passes, a postcard: &quot;{subject}&quot;, &quot;{text}&quot; (no TLS)</source>
        <translation>{at} lit {letter_obj} au passage, une carte postale : «&#xa0;{subject}&#xa0;», «&#xa0;{text}&#xa0;» (pas de TLS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{letter} to {recipient} has arrived (delivered)</source>
        <translation>{letter} pour {recipient} arrive à destination (delivered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{letter} to {recipient} waited too long and is given up (expired, {status})</source>
        <translation>{letter} pour {recipient} a trop attendu&#xa0;: on l&apos;abandonne (expired, {status})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} to {recipient} could not be delivered ({outcome})</source>
        <translation>{letter} pour {recipient} n&apos;a pas pu arriver à destination ({outcome})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter} to {recipient} could not be delivered ({outcome}, {status})</source>
        <translation>{letter} pour {recipient} n&apos;a pas pu arriver à destination ({outcome}, {status})</translation>
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
        <translation>à {label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label}</source>
        <comment>of</comment>
        <translation>de {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>subject</comment>
        <translation>le bureau de poste {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>object</comment>
        <translation>le bureau de poste {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>to</comment>
        <translation>au bureau de poste {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the post office {id}</source>
        <comment>of</comment>
        <translation>du bureau de poste {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>subject</comment>
        <translation>le serveur d&apos;envoi SMTP (MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>object</comment>
        <translation>le serveur d&apos;envoi SMTP (MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>to</comment>
        <translation>au serveur d&apos;envoi SMTP (MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing SMTP server (MSA) {id}</source>
        <comment>of</comment>
        <translation>du serveur d&apos;envoi SMTP (MSA) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>subject</comment>
        <translation>l&apos;annuaire des codes postaux {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>object</comment>
        <translation>l&apos;annuaire des codes postaux {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>to</comment>
        <translation>à l&apos;annuaire des codes postaux {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal-code directory {id}</source>
        <comment>of</comment>
        <translation>de l&apos;annuaire des codes postaux {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>subject</comment>
        <translation>le résolveur DNS {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>object</comment>
        <translation>le résolveur DNS {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>to</comment>
        <translation>au résolveur DNS {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the DNS resolver {id}</source>
        <comment>of</comment>
        <translation>du résolveur DNS {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>subject</comment>
        <translation>le centre de tri {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>object</comment>
        <translation>le centre de tri {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>to</comment>
        <translation>au centre de tri {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sorting station {id}</source>
        <comment>of</comment>
        <translation>du centre de tri {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>subject</comment>
        <translation>le serveur de réception MX {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>object</comment>
        <translation>le serveur de réception MX {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>to</comment>
        <translation>au serveur de réception MX {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the incoming MX server {id}</source>
        <comment>of</comment>
        <translation>du serveur de réception MX {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>subject</comment>
        <translation>les boîtes postales de {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>object</comment>
        <translation>les boîtes postales de {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>to</comment>
        <translation>aux boîtes postales de {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PO boxes at {id}</source>
        <comment>of</comment>
        <translation>des boîtes postales de {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>subject</comment>
        <translation>le serveur de boîtes aux lettres (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>object</comment>
        <translation>le serveur de boîtes aux lettres (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>to</comment>
        <translation>au serveur de boîtes aux lettres (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mailbox store (IMAP/POP3) {id}</source>
        <comment>of</comment>
        <translation>du serveur de boîtes aux lettres (IMAP/POP3) {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>subject</comment>
        <translation>le carrefour {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>object</comment>
        <translation>le carrefour {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>to</comment>
        <translation>au carrefour {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the junction {label}</source>
        <comment>of</comment>
        <translation>du carrefour {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>subject</comment>
        <translation>le routeur {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>object</comment>
        <translation>le routeur {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>to</comment>
        <translation>au routeur {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the router {label}</source>
        <comment>of</comment>
        <translation>du routeur {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>subject</comment>
        <translation>l&apos;espion {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>object</comment>
        <translation>l&apos;espion {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>to</comment>
        <translation>à l&apos;espion {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the snooper {label}</source>
        <comment>of</comment>
        <translation>de l&apos;espion {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>subject</comment>
        <translation>la lettre {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>object</comment>
        <translation>la lettre {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>to</comment>
        <translation>à la lettre {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter {id}</source>
        <comment>of</comment>
        <translation>de la lettre {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>subject</comment>
        <translation>le message {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>object</comment>
        <translation>le message {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>to</comment>
        <translation>au message {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {id}</source>
        <comment>of</comment>
        <translation>du message {id}</translation>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
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
        <translation>Ce scénario n&apos;a pas de leçon&#xa0;: il n&apos;y a donc pas de fiche d&apos;exercices à imprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is still being worked out; print the worksheet when it is ready.</source>
        <translation>La simulation est encore en calcul&#xa0;; imprimez la fiche d&apos;exercices quand elle sera prête.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (worksheet)</source>
        <extracomment>The printed document&apos;s name, after the lesson&apos;s title: &quot;Your first email (worksheet)&quot;.</extracomment>
        <translation>%1 (fiche d’exercices)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Print the worksheet</source>
        <translation>Imprimer la fiche d&apos;exercices</translation>
    </message>
    <message>
        <location filename="../gui/map/provider_item.cpp" line="+25"/>
        <source>%1: one provider&apos;s building (group)</source>
        <translation>%1&#xa0;: le bâtiment d&apos;un fournisseur (groupe)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="+53"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection timed out</source>
        <translation>pas de réponse à la connexion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting for a free lane to {destination}: {count} deliveries there are under way, the most at once</source>
        <translation>attend une voie libre vers {destination}&#xa0;: {count} livraisons y sont déjà en cours, le maximum à la fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lane to {destination} is free</source>
        <translation>une voie vers {destination} est libre</translation>
    </message>
</context>
<context>
    <name>RoadItem</name>
    <message>
        <location filename="../gui/map/road_item.cpp" line="+28"/>
        <location line="+132"/>
        <source>%1 to %2: %3 each way</source>
        <translation>De %1 à %2&#xa0;: %3 dans chaque sens</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 to %2: closed</source>
        <translation>De %1 à %2&#xa0;: route fermée</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>RunRecapWords</name>
    <message>
        <location filename="../gui/playback/run_recap_words.cpp" line="+22"/>
        <source>Letters sent</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Distribuées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put off till later (deferred)</source>
        <translation>Remises à plus tard (différées)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned to sender (bounced)</source>
        <translation>Renvoyées à l&apos;expéditeur (bounce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given up, waited too long (expired)</source>
        <translation>Abandonnées après trop d&apos;attente (expirées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thrown away (discarded)</source>
        <translation>Jetées (supprimées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still on the way at the end</source>
        <translation>Encore en route à la fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notices back to the sender (DSN)</source>
        <translation>Avis retournés à l&apos;expéditeur (DSN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, in the sender&apos;s PO box</source>
        <translation>%1, dans la boîte postale de l&apos;expéditeur</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%1 (%Ln time(s))</source>
        <extracomment>How many letters were put off, and how many times in all: &quot;1,200 (2,400 times)&quot;.</extracomment>
        <translation>
            <numerusform>%1 (%Ln fois)</numerusform>
            <numerusform>%1 (%Ln fois)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (%Ln reached the sender)</source>
        <translation>
            <numerusform>%1 (%Ln est revenue à l’expéditeur)</numerusform>
            <numerusform>%1 (%Ln sont revenues à l’expéditeur)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doors found shut (connection failed)</source>
        <translation>Portes trouvées closes (échec de connexion)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It took %1 of simulated time (%2 to %3).</source>
        <translation>Cela a pris %1 de temps simulé (de %2 à %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters took %1 to reach their end (%2 to %3); the run went on to %4 while the readers&apos; devices checked for mail.</source>
        <translation>Les lettres ont mis %1 pour arriver au bout (de %2 à %3)&#xa0;; la simulation a continué jusqu&apos;à %4 pendant que les appareils des destinataires relevaient le courrier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters took %1 to reach their end (%2 to %3); the run went on to %4.</source>
        <translation>Les lettres ont mis %1 pour arriver au bout (de %2 à %3)&#xa0;; la simulation a continué jusqu&apos;à %4.</translation>
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
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No station or road was closed on the way.</source>
        <translation>Aucune station ni route n&apos;a été fermée en chemin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the way:</source>
        <translation>En chemin&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <location filename="../replay/scenario_player.cpp" line="+163"/>
        <source>%1 later: the next try</source>
        <translation>%1 plus tard&#xa0;: la tentative suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 later: a new letter</source>
        <translation>%1 plus tard&#xa0;: une nouvelle lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 later: the end of the run</source>
        <translation>%1 plus tard&#xa0;: la fin de la simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 later</source>
        <translation>%1 plus tard</translation>
    </message>
</context>
<context>
    <name>ScenarioSession</name>
    <message>
        <location filename="../replay/scenario_session.cpp" line="+88"/>
        <source>%1: error: the file could not be read</source>
        <translation>%1&#xa0;: erreur&#xa0;: le fichier n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../gui/shell/screenshot_job.cpp" line="+38"/>
        <source>postie: cannot write %1</source>
        <translation>postie&#xa0;: impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>SealWords</name>
    <message>
        <location filename="../replay/seal_words.cpp" line="+10"/>
        <source>Postcard</source>
        <translation>Carte postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed envelope</source>
        <translation>Enveloppe scellée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked box</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>anyone on the road can read it (no TLS)</source>
        <translation>n&apos;importe qui sur la route peut lire la lettre (pas de TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the two servers can open it (TLS)</source>
        <translation>seuls les deux serveurs peuvent ouvrir la lettre (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the recipient can open it (end-to-end encryption)</source>
        <translation>seul le destinataire peut ouvrir la lettre (chiffrement de bout en bout)</translation>
    </message>
</context>
<context>
    <name>SpeechBubbleItem</name>
    <message>
        <location filename="../gui/map/speech_bubble_item.cpp" line="+33"/>
        <source>STARTTLS torn off</source>
        <translation>STARTTLS arraché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can&apos;t read it (TLS)</source>
        <translation>illisible pour moi (TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text locked</source>
        <translation>texte verrouillé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../engine/words/phrasebook.cpp" line="+18"/>
        <source>-</source>
        <comment>contractions</comment>
        <extracomment>Contractions and elisions once a sentence&apos;s places are filled in: pairs &quot;as filled|as written&quot; separated by &quot;;&quot;, spaces count (French: &quot; à le | au ; de le | du &quot;). &quot;-&quot; when the language has none.</extracomment>
        <translation> à le | au ; à Le | au ; à les | aux ; à Les | aux ; de le | du ; de Le | du ; de les | des ; de Les | des ; à La | à la ; de La | de la ; à L&apos;| à l&apos;; de L&apos;| de l&apos;; Le | le ; La | la ; Les | les ; L&apos;| l&apos;; de a| d&apos;a; de e| d&apos;e; de i| d&apos;i; de o| d&apos;o; de u| d&apos;u; de A| d&apos;A; de E| d&apos;E; de I| d&apos;I; de O| d&apos;O; de U| d&apos;U</translation>
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
        <translation>Mots de l&apos;e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal picture: %1</source>
        <translation>Mots de la poste&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device: %1</source>
        <translation>Appareil&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) in the PO boxes (mailboxes)</source>
        <translation>
            <numerusform>%n lettre dans les boîtes postales (boîtes aux lettres)</numerusform>
            <numerusform>%n lettres dans les boîtes postales (boîtes aux lettres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) put off till a later round; the next try at %1</source>
        <translation>
            <numerusform>%n lettre remise à une tournée suivante&#xa0;; prochaine tentative à %1</numerusform>
            <numerusform>%n lettres remises à une tournée suivante&#xa0;; prochaine tentative à %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>CLOSED</source>
        <extracomment>The sign on a closed station on the map, in capitals.</extracomment>
        <translation>FERMÉ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 answer</source>
        <extracomment>A stamp on the postal-code directory: it answers a DNS question of this type (&quot;MX answer&quot;).</extracomment>
        <translation>réponse %1</translation>
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
        <translation>réessayez plus tard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 try later</source>
        <translation>%1 réessayez plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the box</source>
        <extracomment>A stamp on the PO boxes: the letter is delivered to its box.</extracomment>
        <translation>dans la boîte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still trying</source>
        <translation>tentatives en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>return to sender</source>
        <translation>retour à l&apos;expéditeur</translation>
    </message>
</context>
<context>
    <name>TimelineMarkers</name>
    <message>
        <location filename="../replay/timeline_markers.cpp" line="+71"/>
        <source>Your change: %1</source>
        <translation>Votre modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TownScene</name>
    <message>
        <location filename="../gui/map/town_scene.cpp" line="+39"/>
        <source>port %1</source>
        <translation>port %1</translation>
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
        <translation>Avis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <extracomment>A truck&apos;s tooltip, second line: &quot;Postcard: anyone on the road can read it (no TLS)&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RETURN TO SENDER</source>
        <translation>RETOUR À L&apos;EXPÉDITEUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STILL TRYING</source>
        <translation>TENTATIVES EN COURS</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../engine/trace/narrator.cpp" line="-61"/>
        <source>on {domain}&apos;s list (SPF pass)</source>
        <translation>sur la liste de {domain} (SPF pass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on {domain}&apos;s list (SPF fail)</source>
        <translation>pas sur la liste de {domain} (SPF fail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probably not on {domain}&apos;s list (SPF softfail)</source>
        <translation>sans doute pas sur la liste de {domain} (SPF softfail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{domain}&apos;s list says neither (SPF neutral)</source>
        <translation>la liste de {domain} ne dit ni oui ni non (SPF neutral)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the directory (SPF temperror)</source>
        <translation>pas de réponse de l&apos;annuaire (SPF temperror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{domain}&apos;s list is broken (SPF permerror)</source>
        <translation>la liste de {domain} est erronée (SPF permerror)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{domain} has no list (SPF none)</source>
        <translation>{domain} n&apos;a pas de liste (SPF none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seal intact (DKIM pass)</source>
        <translation>sceau intact (DKIM pass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seal broken (DKIM fail)</source>
        <translation>sceau brisé (DKIM fail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the directory (DKIM temperror)</source>
        <translation>pas de réponse de l&apos;annuaire (DKIM temperror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seal cannot be checked (DKIM permerror)</source>
        <translation>sceau invérifiable (DKIM permerror)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seal not accepted (DKIM policy)</source>
        <translation>sceau non accepté (DKIM policy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no seal (DKIM none)</source>
        <translation>pas de sceau (DKIM none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From: domain backs it (DMARC pass)</source>
        <translation>le domaine du From: s&apos;en porte garant (DMARC pass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: domain does not back it (DMARC fail)</source>
        <translation>le domaine du From: ne s&apos;en porte pas garant (DMARC fail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the directory (DMARC temperror)</source>
        <translation>pas de réponse de l&apos;annuaire (DMARC temperror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: domain&apos;s rules are broken (DMARC permerror)</source>
        <translation>règles du domaine du From: erronées (DMARC permerror)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From: domain has no rules (DMARC none)</source>
        <translation>le domaine du From: n&apos;a pas de règles (DMARC none)</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>taken (Authentication-Results on top)</source>
        <translation>acceptée (Authentication-Results en haut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fake results note torn off (Authentication-Results), {result}</source>
        <translation>fausse ligne de résultats arrachée (Authentication-Results), {result}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>refused (rejected)</source>
        <translation>refusée (rejected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>come back later (deferred)</source>
        <translation>revenir plus tard (deferred)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>into the Junk folder (DMARC quarantine)</source>
        <translation>dans le dossier Indésirables (DMARC quarantine)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../replay/vocabulary.cpp" line="+17"/>
        <source>writer&apos;s desk</source>
        <translation>bureau de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mail client</source>
        <translation>client de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post office</source>
        <translation>bureau de poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing SMTP server (MSA)</source>
        <translation>serveur d&apos;envoi SMTP (MSA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal-code directory</source>
        <translation>annuaire des codes postaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DNS resolver</source>
        <translation>résolveur DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sorting station</source>
        <translation>centre de tri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incoming MX server</source>
        <translation>serveur de réception MX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO boxes</source>
        <translation>boîtes postales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mailbox store (IMAP/POP3)</source>
        <translation>serveur de boîtes aux lettres (IMAP/POP3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>junction</source>
        <translation>carrefour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>router</source>
        <translation>routeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snooper</source>
        <translation>espion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eavesdropper on the network path</source>
        <translation>écouteur clandestin sur le chemin réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truck</source>
        <translation>camion postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP session</source>
        <translation>session SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to sender</source>
        <translation>renvoyées à l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bounced (DSN)</source>
        <translation>renvoyés (DSN)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n letter(s) waiting</source>
        <translation>
            <numerusform>%n lettre en attente</numerusform>
            <numerusform>%n lettres en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n message en file d&apos;attente</numerusform>
            <numerusform>%n messages en file d&apos;attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../worksheet/worksheet.cpp" line="+11"/>
        <source>{title} (worksheet)</source>
        <translation>{title} (fiche d’exercices)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: ______________________    Class: ________    Date: ____________</source>
        <translation>Nom&#xa0;: ______________________    Classe&#xa0;: ________    Date&#xa0;: ____________</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this lesson</source>
        <translation>Dans cette leçon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The town</source>
        <translation>La ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict, then watch</source>
        <translation>Prévoir, puis observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you think so?</source>
        <translation>Pourquoi pensez-vous cela&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer key (for the teacher)</source>
        <translation>Corrigé (pour l’enseignant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run never reached this answer.</source>
        <translation>La simulation n’est jamais arrivée à cette réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run revealed {answer}: none of the choices.</source>
        <translation>La simulation a révélé {answer}&#xa0;: aucun des choix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run revealed: {answer}.</source>
        <translation>La simulation a révélé&#xa0;: {answer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run revealed: {answer} (the nearest choice).</source>
        <translation>La simulation a révélé&#xa0;: {answer} (le choix le plus proche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right:</source>
        <translation>Juste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: {why}</source>
        <translation>Pourquoi&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to remember</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}  ·  page {page}</source>
        <translation>{title}  ·  page {page}</translation>
    </message>
</context>
<context>
    <name>postie::gui::CaptionBar</name>
    <message>
        <location filename="../gui/playback/caption_bar.cpp" line="+42"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters so far</source>
        <translation>Lettres jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>(%n more at this moment) %1</source>
        <extracomment>Before the latest sentences of one moment of the run when there were more of it than are shown: &quot;(2 more at this moment) The post office …&quot;.</extracomment>
        <translation>
            <numerusform>(%n autre à cet instant) %1</numerusform>
            <numerusform>(%n autres à cet instant) %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Delivered: %1   %2: %3   Expired: %4</source>
        <extracomment>The counts beside the clock; %2 is &quot;Returned to sender&quot; (or &quot;Bounced (DSN)&quot; in email words). Keep three spaces between two counts: a narrow bar wraps the line there.</extracomment>
        <translation>Distribuées&#xa0;: %1   %2&#xa0;: %3   Expirées&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   Discarded: %1</source>
        <translation>   Supprimées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::ChartPanel</name>
    <message>
        <location filename="../gui/charts/chart_panel.cpp" line="+30"/>
        <source>Click: go to that moment. Right-click: save as a picture or as data.</source>
        <translation>Clic&#xa0;: aller à ce moment. Clic droit&#xa0;: enregistrer en image ou en données.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Save the chart as a picture (PNG)…</source>
        <translation>Enregistrer le graphique en image (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chart&apos;s data (CSV)…</source>
        <translation>Enregistrer les données du graphique (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/charts/time_series_chart.cpp" line="+30"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../gui/charts/axis_ticks.cpp" line="+39"/>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::ChartsAction</name>
    <message>
        <location filename="../gui/charts/charts_action.cpp" line="+10"/>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
</context>
<context>
    <name>postie::gui::ChartsDock</name>
    <message>
        <location filename="../gui/charts/charts_dock.cpp" line="+17"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>postie::gui::EditorDock</name>
    <message>
        <location filename="../gui/editor/editor_dock.cpp" line="+17"/>
        <source>Build the town</source>
        <translation>Construire la ville</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Directory (DNS)</source>
        <extracomment>Edit mode&apos;s tabs: the postal-code directory&apos;s records.</extracomment>
        <translation>Annuaire (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <extracomment>Edit mode, the Lesson tab: what the class is to learn.</extracomment>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops</source>
        <extracomment>Edit mode, the Lesson tab: where the run halts and asks the class.</extracomment>
        <translation>Arrêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recap</source>
        <extracomment>Edit mode, the Lesson tab: what the class has seen, at the end.</extracomment>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ready to play: press Play the town (Ctrl+Shift+E) to run it.</source>
        <extracomment>Edit mode: the town loads; Play the town (Ctrl+Shift+E) leaves edit mode and runs it.</extracomment>
        <translation>Prête à jouer&#xa0;: appuyez sur «&#xa0;Jouer la ville&#xa0;» (Ctrl+Maj+E) pour la lancer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not ready to play yet: %1</source>
        <extracomment>Edit mode: the town does not load yet; %1 is the loader&apos;s first message, with its line.</extracomment>
        <translation>Pas encore prête à jouer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::EntryTable</name>
    <message>
        <location filename="../gui/editor/entry_table.cpp" line="+62"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>MX record: which sorting station takes a domain&apos;s mail</source>
        <translation>Enregistrement MX&#xa0;: quel centre de tri reçoit le courrier d&apos;un domaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A record: a host&apos;s address</source>
        <translation>Enregistrement A&#xa0;: l&apos;adresse d&apos;un hôte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TXT record: a text, such as an SPF list</source>
        <translation>Enregistrement TXT&#xa0;: un texte, comme une liste SPF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A letter</source>
        <translation>Une lettre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stream of letters (30 an hour, for an hour)</source>
        <translation>Un flot de lettres (30 par heure, pendant une heure)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stop when the first letter is written</source>
        <extracomment>Add, on the lesson&apos;s tab: a stop that halts the run when the first letter is written.</extracomment>
        <translation>Un arrêt quand la première lettre est écrite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A goal</source>
        <extracomment>Add, on the lesson&apos;s Goals or Recap tab: one more line of text.</extracomment>
        <translation>Un objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A line of the recap</source>
        <translation>Une ligne du récapitulatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the class will see.</source>
        <extracomment>The text of a goal or a recap line just added, to be typed over in the panel.</extracomment>
        <translation>Ce que la classe va voir.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the class saw.</source>
        <translation>Ce que la classe a vu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A station goes down</source>
        <translation>Une station tombe en panne</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the rest</source>
        <translation>le reste</translation>
    </message>
</context>
<context>
    <name>postie::gui::EventLogDock</name>
    <message>
        <location filename="../gui/eventlog/event_log_dock.cpp" line="+32"/>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one kind of event only</source>
        <translation>N&apos;afficher qu&apos;un type d&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what happens at one station only</source>
        <translation>N&apos;afficher que ce qui se passe dans une station</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
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
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter, e.g. m1</source>
        <translation>Lettre, par ex. m1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one letter&apos;s events only (and its return-to-sender notice)</source>
        <translation>N&apos;afficher que les événements d&apos;une lettre (et son avis de retour à l&apos;expéditeur)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All stations</source>
        <translation>Toutes les stations</translation>
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
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 sur %Ln événement</numerusform>
            <numerusform>%1 sur %Ln événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::EventLogModel</name>
    <message>
        <location filename="../gui/eventlog/event_log_model.cpp" line="+63"/>
        <source>Time</source>
        <extracomment>A column of the event log: when it happened, on the town&apos;s clock.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <extracomment>A column of the event log: what kind of event it is.</extracomment>
        <translation>Événement</translation>
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
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
</context>
<context>
    <name>postie::gui::FollowCamera</name>
    <message>
        <location filename="../gui/map/follow_camera.cpp" line="+19"/>
        <source>Follow the &amp;letter</source>
        <translation>&amp;Suivre la lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop following</source>
        <extracomment>Stop keeping the followed letter in the middle of the map.</extracomment>
        <translation>Arrêter le suivi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the letter clicked last in the middle of the map (Esc or F stops)</source>
        <translation>Garder au centre de la carte la dernière lettre cliquée (Échap ou F pour arrêter)</translation>
    </message>
</context>
<context>
    <name>postie::gui::GuessNext</name>
    <message>
        <location filename="../gui/lesson/guess_next.cpp" line="+18"/>
        <source>Where does it go &amp;next?</source>
        <translation>Où va-t-elle &amp;ensuite&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and let the class guess the letter&apos;s next station: click one on the map</source>
        <translation>Faire une pause et laisser la classe deviner la prochaine station de la lettre&#xa0;: cliquez-en une sur la carte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No letter is on its way yet.</source>
        <translation>Aucune lettre n&apos;est encore en route.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter %1 goes to no other station in this run.</source>
        <translation>La lettre %1 ne va à aucune autre station dans cette simulation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where does letter %1 go next? Click the station the class chooses.</source>
        <translation>Où va la lettre %1 ensuite&#xa0;? Cliquez sur la station choisie par la classe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The class says %1. Watch…</source>
        <translation>La classe dit %1. Regardez…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Letter %1 goes to %2: the class was right!</source>
        <translation>La lettre %1 va à %2&#xa0;: la classe avait raison&#xa0;!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter %1 goes to %2, not to %3.</source>
        <translation>La lettre %1 va à %2, pas à %3.</translation>
    </message>
</context>
<context>
    <name>postie::gui::IncidentTimeline</name>
    <message>
        <location filename="../gui/editor/incident_timeline.cpp" line="+39"/>
        <source>Incidents on a timeline</source>
        <translation>Incidents sur une frise chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each incident at its time: red, a station or road goes down (the bar: for how long); green, it comes back up. Click one to see its keys.</source>
        <translation>Chaque incident à son heure&#xa0;: rouge, une station ou une route tombe en panne (la barre&#xa0;: pour combien de temps)&#xa0;; vert, elle revient. Cliquez sur l&apos;un d&apos;eux pour voir ses clés.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No incidents</source>
        <translation>Aucun incident</translation>
    </message>
</context>
<context>
    <name>postie::gui::InspectorDock</name>
    <message>
        <location filename="../gui/inspector/inspector_dock.cpp" line="+18"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a truck to open its letter: envelope, header lines, what was said on each hop and its journey.

Click a station to see its depot, its DNS cache, its PO boxes and its counters.</source>
        <translation>Cliquez sur un camion postal pour ouvrir sa lettre&#xa0;: enveloppe, lignes d&apos;en-tête, ce qui a été dit à chaque étape et son voyage.

Cliquez sur une station pour voir son dépôt, son cache DNS, ses boîtes postales et ses compteurs.</translation>
    </message>
</context>
<context>
    <name>postie::gui::InterventionController</name>
    <message>
        <location filename="../gui/interventions/intervention_controller.cpp" line="+28"/>
        <source>&amp;Write a letter…</source>
        <translation>Écrire une &amp;lettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo intervention</source>
        <translation>&amp;Annuler l&apos;intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save with my changes…</source>
        <translation>&amp;Enregistrer avec mes modifications…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo %1</source>
        <extracomment>&quot;Undo&quot; and what it undoes: &quot;Undo at 2m: mx1.example.org taken down&quot;.</extracomment>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take down</source>
        <extracomment>A station&apos;s menu on the map: close the station now (it refuses letters).</extracomment>
        <translation>Mettre hors service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring up</source>
        <extracomment>A station&apos;s menu on the map: open the closed station again.</extracomment>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Road %1 – %2</source>
        <translation>Route %1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut road</source>
        <extracomment>A road&apos;s menu on the map: cut the road now (nothing gets through).</extracomment>
        <translation>Couper la route</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mend road</source>
        <extracomment>A road&apos;s menu on the map: mend the cut road.</extracomment>
        <translation>Réparer la route</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No scenario is open.</source>
        <translation>Aucun scénario n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s incidents: or mail: list is written in a way that cannot be extended.</source>
        <translation>La liste incidents: ou mail: du fichier est écrite d&apos;une façon qui ne permet pas de la compléter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The changes could not be written into this file&apos;s text.</source>
        <translation>Les modifications n&apos;ont pas pu être écrites dans le texte de ce fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>-changed</source>
        <extracomment>Added to a file&apos;s name for the copy saved with the changes: &quot;lesson-changed.yaml&quot;. No spaces.</extracomment>
        <translation>-modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save with my changes</source>
        <translation>Enregistrer avec mes modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Fichiers de scénario (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>postie::gui::KeysDialog</name>
    <message>
        <location filename="../gui/shell/keys_dialog.cpp" line="+36"/>
        <source> or </source>
        <extracomment>Between two keys that do the same: &quot;+ or =&quot;.</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 to 6</source>
        <extracomment>The keys 1 to 6, as one row of the list of keys.</extracomment>
        <translation>1 à 6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At a lesson&apos;s question: the class&apos;s choice, A to F</source>
        <translation>À une question de la leçon&#xa0;: le choix de la classe, A à F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These keys work wherever the focus is in the window.</source>
        <translation>Ces touches fonctionnent partout dans la fenêtre, où que soit le focus.</translation>
    </message>
</context>
<context>
    <name>postie::gui::LatencyChart</name>
    <message>
        <location filename="../gui/charts/latency_chart.cpp" line="+31"/>
        <source>How long letters took</source>
        <translation>Durée du trajet des lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From writing to the recipient&apos;s mailbox, for each letter delivered so far.</source>
        <translation>De l&apos;écriture à la boîte aux lettres du destinataire, pour chaque lettre distribuée jusqu&apos;ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered letters</source>
        <translation>lettres distribuées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>took</source>
        <extracomment>A chart&apos;s axis: how long letters took to arrive.</extracomment>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters</source>
        <translation>lettres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>under 1 s</source>
        <translation>moins de 1 s</translation>
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
        <translation>6 h–1 jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over a day</source>
        <translation>plus d&apos;un jour</translation>
    </message>
</context>
<context>
    <name>postie::gui::LegendDock</name>
    <message>
        <location filename="../gui/shell/legend_dock.cpp" line="+33"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend: what the pictures on the map mean</source>
        <translation>Légende&#xa0;: ce que signifient les dessins sur la carte</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Writers&apos; devices (mail clients)</source>
        <translation>Appareils des expéditeurs (clients de messagerie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badges: how many letters</source>
        <translation>Pastilles&#xa0;: combien de lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue number: letters waiting in the depot for a clerk (the queue).</source>
        <translation>Nombre bleu&#xa0;: lettres qui attendent un guichetier au dépôt (la file d&apos;attente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue envelope and number: letters in the PO boxes, waiting for their reader to fetch them.</source>
        <translation>Enveloppe bleue et nombre&#xa0;: lettres dans les boîtes postales, qui attendent que leur destinataire vienne les chercher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber round arrow and number: letters put off till a later try (deferred).</source>
        <translation>Flèche ronde orange et nombre&#xa0;: lettres remises à une nouvelle tentative plus tard (différées).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps: a station acts (a moment)</source>
        <translation>Tampons&#xa0;: une station agit (un instant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MX answer: the postal-code directory tells which sorting station serves the address (DNS).</source>
        <translation>Réponse MX&#xa0;: l&apos;annuaire des codes postaux indique quel centre de tri dessert l&apos;adresse (DNS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>250 OK: a server takes the letter.</source>
        <translation>250 OK&#xa0;: un serveur accepte la lettre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the box: the letter is delivered to its PO box.</source>
        <translation>Dans la boîte&#xa0;: la lettre est distribuée dans sa boîte postale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played faster than %1x, only failures and &quot;in the box&quot; get a stamp, so the buildings stay in sight.</source>
        <translation>Au-delà de %1x, seuls les échecs et «&#xa0;dans la boîte&#xa0;» reçoivent un tampon, pour que les bâtiments restent visibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks: something went wrong (they stay a few seconds)</source>
        <translation>Signaux&#xa0;: quelque chose s&apos;est mal passé (ils restent quelques secondes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A station in trouble (until it is well again)</source>
        <translation>Une station en difficulté (jusqu&apos;à ce qu&apos;elle aille mieux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roads and trucks</source>
        <translation>Routes et camions postaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truck is a letter on its way. Each letter has its own colour and its name on a tag (m1, m2); a red tag: returned to sender.</source>
        <translation>Un camion postal est une lettre en route. Chaque lettre a sa couleur et son nom sur une étiquette (m1, m2)&#xa0;; étiquette rouge&#xa0;: renvoyée à l&apos;expéditeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on the truck: %2</source>
        <extracomment>The legend&apos;s row for a truck&apos;s seal: &quot;Postcard: anyone on the road can read it (no TLS)&quot;.</extracomment>
        <translation>%1 sur le camion postal : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pale road with a red barrier: the road is cut, nothing gets through.</source>
        <translation>Une route pâle avec une barrière rouge&#xa0;: la route est coupée, rien ne passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The small sign on a road (20ms): how long a trip along it takes. Small bubbles (EHLO, 250, MX?) are the words said on the way.</source>
        <translation>Le petit panneau sur une route (20ms)&#xa0;: la durée d&apos;un trajet sur cette route. Les petites bulles (EHLO, 250, MX?) sont les mots échangés en chemin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red: refused for good, returned, closed.</source>
        <translation>Rouge&#xa0;: refus définitif, renvoi, fermeture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber: not now; it will be tried again.</source>
        <translation>Orange&#xa0;: pas maintenant&#xa0;; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green: it went well.</source>
        <translation>Vert&#xa0;: tout s&apos;est bien passé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue: counts and answers.</source>
        <translation>Bleu&#xa0;: comptes et réponses.</translation>
    </message>
</context>
<context>
    <name>postie::gui::LessonDock</name>
    <message>
        <location filename="../gui/lesson/lesson_dock.cpp" line="+61"/>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson: the goals, the questions for the class and the recap</source>
        <translation>Leçon&#xa0;: les objectifs, les questions pour la classe et le récapitulatif</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose answer %1</source>
        <extracomment>A key (1 to 6) that votes for a lesson&apos;s choice A to F.</extracomment>
        <translation>Choisir la réponse %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skip</source>
        <extracomment>At a lesson&apos;s question: play on without showing the answer (skip the question).</extracomment>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play on without showing the answer</source>
        <translation>Continuer la lecture sans montrer la réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal</source>
        <extracomment>At a lesson&apos;s question: play on to the moment that shows the answer.</extracomment>
        <translation>Révéler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play on to the moment that shows the answer</source>
        <translation>Continuer la lecture jusqu&apos;au moment qui montre la réponse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make this change now: the run is worked out again with it</source>
        <translation>Faire ce changement maintenant&#xa0;: la simulation est recalculée avec lui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <extracomment>After a lesson&apos;s stop: play on.</extracomment>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The class chooses %1 (key %2)</source>
        <translation>La classe choisit %1 (touche %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the right answer</source>
        <translation>%1, la bonne réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the class&apos;s answer</source>
        <translation>%1, la réponse de la classe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: %1 (%2)</source>
        <translation>Réponse&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try: %1</source>
        <extracomment>A button that makes a change to the run now, to see what happens: &quot;Try: Close the sorting station&quot;.</extracomment>
        <translation>Essayer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p style=&apos;margin:0 0 10px 0&apos;&gt;&lt;b&gt;%1. %2&lt;/b&gt;&lt;br&gt;The class: %3%4&lt;br&gt;Right: %5&lt;/p&gt;</source>
        <extracomment>The class&apos;s answers at the end of a lesson: the question&apos;s number and words, the class&apos;s answer with ✓ or ✗, the right answer. Keep the HTML tags.</extracomment>
        <translation>&lt;p style=&apos;margin:0 0 10px 0&apos;&gt;&lt;b&gt;%1. %2&lt;/b&gt;&lt;br&gt;La classe&#xa0;: %3%4&lt;br&gt;Bonne réponse&#xa0;: %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>postie::gui::LetterDialog</name>
    <message>
        <location filename="../gui/interventions/letter_dialog.cpp" line="+33"/>
        <source>Write a letter</source>
        <translation>Écrire une lettre</translation>
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
        <translation>Bonjour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> KB</source>
        <extracomment>After the letter&apos;s size in kilobytes (1 KB = 1024 bytes); keep the space before it.</extracomment>
        <translation> Ko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <extracomment>The button that sends the letter written by hand.</extracomment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter is written at %1, the moment on the clock, and the run is worked out again with it.</source>
        <translation>La lettre est écrite à %1, l&apos;heure affichée sur l&apos;horloge, et la simulation est recalculée avec elle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write an address such as bob@example.org.</source>
        <translation>Écrivez une adresse comme bob@example.org.</translation>
    </message>
</context>
<context>
    <name>postie::gui::MailProgramAction</name>
    <message>
        <location filename="../gui/realmail/mail_program_action.cpp" line="+14"/>
        <source>Open in a &amp;mail program…</source>
        <extracomment>File menu: serves the PO boxes over IMAP so that Thunderbird shows them as the playback runs.</extracomment>
        <translation>Ouvrir dans un logiciel de &amp;messagerie…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PO boxes cannot be served over IMAP: %1</source>
        <extracomment>The status line when File &gt; Open in a mail program cannot listen; %1 says why.</extracomment>
        <translation>Les boîtes postales ne peuvent pas être servies par IMAP&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postie::gui::MailProgramDialog</name>
    <message>
        <location filename="../gui/realmail/mail_program_dialog.cpp" line="+37"/>
        <source>Open in a mail program</source>
        <extracomment>The title of File &gt; Open in a mail program.</extracomment>
        <translation>Ouvrir dans un logiciel de messagerie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postie shows the PO boxes of this town to a real mail program, over IMAP, as the moment on screen has them: letters appear there as the playback delivers them. Add a mail account with these settings (in Thunderbird: Account Settings &gt; Account Actions &gt; Add Mail Account, then Configure manually).</source>
        <extracomment>File &gt; Open in a mail program: what the dialog is for.</extracomment>
        <translation>Postie montre les boîtes postales de cette ville à un vrai logiciel de messagerie, par IMAP, telles qu’elles sont au moment affiché&#xa0;: les lettres y apparaissent à mesure que la lecture les distribue. Ajoutez un compte de messagerie avec ces paramètres (dans Thunderbird&#xa0;: Paramètres des comptes &gt; Gestion des comptes &gt; Ajouter un compte de messagerie, puis Configuration manuelle).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incoming server:</source>
        <extracomment>File &gt; Open in a mail program: the kind of incoming server.</extracomment>
        <translation>Serveur entrant&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP, 127.0.0.1 (this computer only)</source>
        <translation>IMAP, 127.0.0.1 (cet ordinateur seulement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security:</source>
        <extracomment>File &gt; Open in a mail program: no TLS, which is safe since nothing leaves the computer.</extracomment>
        <translation>Sécurité de la connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None (nothing leaves this computer)</source>
        <translation>Aucune (rien ne quitte cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal password</source>
        <translation>Mot de passe normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name (one per account):</source>
        <extracomment>File &gt; Open in a mail program: above the list of PO box addresses.</extracomment>
        <translation>Nom d’utilisateur (un par compte)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy settings</source>
        <extracomment>File &gt; Open in a mail program: puts the settings on the clipboard.</extracomment>
        <translation>&amp;Copier les paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop serving</source>
        <extracomment>File &gt; Open in a mail program: closes every connection and stops listening.</extracomment>
        <translation>&amp;Arrêter de servir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>IMAP server 127.0.0.1, port %1, connection security none, normal password.
User name: one of %2
Password: %3</source>
        <extracomment>File &gt; Open in a mail program: the settings copied to the clipboard; %1 the port, %2 the users.</extracomment>
        <translation>Serveur IMAP 127.0.0.1, port %1, sécurité de la connexion aucune, mot de passe normal.
Nom d’utilisateur&#xa0;: l’un de %2
Mot de passe&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not serving. Choose File &gt; Open in a mail program again to start.</source>
        <extracomment>File &gt; Open in a mail program, after Stop serving (or when it could not listen).</extracomment>
        <translation>Rien n’est servi. Choisissez à nouveau Fichier &gt; Ouvrir dans un logiciel de messagerie pour commencer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a mail program to connect.</source>
        <translation>En attente de la connexion d’un logiciel de messagerie.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mail program connection(s) open.</source>
        <extracomment>File &gt; Open in a mail program: how many IMAP connections are open now.</extracomment>
        <translation>
            <numerusform>%n connexion d’un logiciel de messagerie ouverte.</numerusform>
            <numerusform>%n connexions de logiciels de messagerie ouvertes.</numerusform>
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
        <translation>Plan de la ville</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New town…</source>
        <translation>&amp;Nouvelle ville…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lessons</source>
        <extracomment>File menu: back to the page that lists the lessons.</extracomment>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print worksheet…</source>
        <translation>&amp;Imprimer la fiche d&apos;exercices…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E&amp;xport mailboxes</source>
        <extracomment>File menu: a submenu that writes every user&apos;s mailbox to files a mail program opens.</extracomment>
        <translation>E&amp;xporter les boîtes aux lettres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the mailboxes into this folder</source>
        <extracomment>The folder chooser of File &gt; Export mailboxes.</extracomment>
        <translation>Exporter les boîtes aux lettres dans ce dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As &amp;mbox files…</source>
        <extracomment>File &gt; Export mailboxes: one mbox file per user (mutt, Thunderbird&apos;s ImportExportTools).</extracomment>
        <translation>En fichiers &amp;mbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Mail&amp;dir folders…</source>
        <extracomment>File &gt; Export mailboxes: one Maildir folder per user (new/ and cur/).</extracomment>
        <translation>En dossiers Mail&amp;dir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trace a real email…</source>
        <extracomment>File menu: reads a real email&apos;s Received lines as its journey, and plays it as a town.</extracomment>
        <translation>Suivre un &amp;vrai e-mail…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit the town</source>
        <translation>Voir toute la &amp;ville</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event &amp;log</source>
        <translation>&amp;Journal des événements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;words on the wire (SMTP, DNS)</source>
        <translation>Afficher les &amp;mots échangés (SMTP, DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: every command and reply travels as a bubble (wire detail). Off: only the letters travel (story detail).</source>
        <translation>Activé&#xa0;: chaque commande et chaque réponse voyage dans une bulle (détail du protocole). Désactivé&#xa0;: seules les lettres voyagent (détail du récit).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Email words</source>
        <translation>Mots de l&apos;&amp;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: &quot;outgoing SMTP server (MSA)&quot;, &quot;message&quot;. Off: the postal picture, &quot;post office&quot;, &quot;letter&quot;. A station&apos;s tooltip has the other word.</source>
        <translation>Activé&#xa0;: «&#xa0;serveur d&apos;envoi SMTP (MSA)&#xa0;», «&#xa0;message&#xa0;». Désactivé&#xa0;: les mots de la poste, «&#xa0;bureau de poste&#xa0;», «&#xa0;lettre&#xa0;». L&apos;infobulle d&apos;une station donne l&apos;autre mot.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Stations and roads</source>
        <translation>Stations et ro&amp;utes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The town as a list, to read or to hear: each station and each road (Ctrl+T)</source>
        <translation>La ville sous forme de liste, à lire ou à écouter&#xa0;: chaque station et chaque route (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the pictures, marks and colours on the map mean (L)</source>
        <translation>Ce que signifient les dessins, signaux et couleurs de la carte (L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Less&amp;on</source>
        <extracomment>View menu: show or hide the lesson&apos;s panel (its goals, questions and recap).</extracomment>
        <translation>Leç&amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s goals, its questions for the class and its recap</source>
        <translation>Les objectifs de la leçon, ses questions pour la classe et son récapitulatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keys…</source>
        <translation>&amp;Touches…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The mailboxes could not be written: %1</source>
        <extracomment>The status line when File &gt; Export mailboxes could not write; %1 says why.</extracomment>
        <translation>Les boîtes aux lettres n’ont pas pu être écrites : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Mailboxes of %n user(s), as they stand at %2, written to %1.</source>
        <extracomment>The status line after File &gt; Export mailboxes: %n users, %1 the folder, %2 the moment.</extracomment>
        <translation>
            <numerusform>Boîtes aux lettres de %n personne, telles qu’elles sont à %2, écrites dans %1.</numerusform>
            <numerusform>Boîtes aux lettres de %n personnes, telles qu’elles sont à %2, écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The town has changes</source>
        <translation>La ville a des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The town you are building has changes that are not saved. Save them first?</source>
        <translation>La ville que vous construisez a des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New town</source>
        <translation>Nouvelle ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building %1%2 — Postie</source>
        <extracomment>The window&apos;s title in edit mode: the file&apos;s name (with * when it has unsaved changes).</extracomment>
        <translation>Construction de %1%2 — Postie</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The town: %1 and %2; View &gt; Stations and roads (Ctrl+T) lists them.</source>
        <extracomment>What a screen reader hears of the map: &quot;The town: 6 stations and 5 roads; …&quot;. %1 and %2 are &quot;%n station(s)&quot; and &quot;%n road(s)&quot;.</extracomment>
        <translation>La ville&#xa0;: %1 et %2&#xa0;; Affichage &gt; Stations et routes (Ctrl+T) les énumère.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
            <numerusform>%Ln route</numerusform>
            <numerusform>%Ln routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Working out the run: %Ln event(s) so far…</source>
        <translation>
            <numerusform>Calcul de la simulation&#xa0;: %Ln événement pour l’instant…</numerusform>
            <numerusform>Calcul de la simulation&#xa0;: %Ln événements pour l’instant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This run is long: the map shows its first %Ln event(s), the charts all of it.</source>
        <translation>
            <numerusform>Cette simulation est longue&#xa0;: la carte montre son premier événement, les graphiques tout.</numerusform>
            <numerusform>Cette simulation est longue&#xa0;: la carte montre ses %Ln premiers événements, les graphiques tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The whole run is ready: %Ln event(s).</source>
        <translation>
            <numerusform>Toute la simulation est prête&#xa0;: %Ln événement.</numerusform>
            <numerusform>Toute la simulation est prête&#xa0;: %Ln événements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Mend it in the town editor</source>
        <translation>La réparer dans l&apos;éditeur de ville</translation>
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
        <translation>Mode édition&#xa0;: faites glisser des stations sur la carte&#xa0;; Maj+glisser d&apos;une station à l&apos;autre trace une route</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open a scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Fichiers de scénario (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open this scenario</source>
        <translation>Impossible d&apos;ouvrir ce scénario</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %n problem(s). Fix them in the file and open it again.</source>
        <translation>
            <numerusform>%1 a %n problème. Corrigez-le dans le fichier et ouvrez-le à nouveau.</numerusform>
            <numerusform>%1 a %n problèmes. Corrigez-les dans le fichier et ouvrez-le à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MarkedScrubber</name>
    <message numerus="yes">
        <location filename="../gui/playback/marked_scrubber.cpp" line="+112"/>
        <source>… and %n more here</source>
        <translation>
            <numerusform>… et %n autre ici</numerusform>
            <numerusform>… et %n autres ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postie::gui::MessageInspector</name>
    <message numerus="yes">
        <location filename="../gui/inspector/message_inspector.cpp" line="+44"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port 587 (submission)</source>
        <translation>port 587 (soumission)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port 465 (submission, in TLS from the start)</source>
        <translation>port 465 (soumission, en TLS dès le début)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LMTP (port 24)</source>
        <translation>LMTP (port 24)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1 (relay)</source>
        <translation>port %1 (relais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hop %1: from %2 to %3, %4</source>
        <translation>Étape %1&#xa0;: de %2 à %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delivered</source>
        <extracomment>What became of a copy of a letter, as the trace says it: it reached the PO box.</extracomment>
        <translation>distribuée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bounced</source>
        <extracomment>What became of a copy of a letter, as the trace says it: returned to sender.</extracomment>
        <translation>renvoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <extracomment>What became of a copy of a letter, as the trace says it: thrown away without a word.</extracomment>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <extracomment>What became of a copy of a letter, as the trace says it: given up after waiting too long.</extracomment>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>anyone on the road between %1 and %2</source>
        <translation>n&apos;importe qui sur la route entre %1 et %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only %1 and %2 (TLS)</source>
        <translation>seulement %1 et %2 (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the recipient; the post offices read the envelope and the header lines</source>
        <translation>seulement le destinataire ; les bureaux de poste lisent l&apos;enveloppe et les lignes d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(the letter: header lines and body, %1, then a line with only &quot;.&quot;)</source>
        <translation>(la lettre&#xa0;: lignes d&apos;en-tête et corps, %1, puis une ligne avec seulement «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>knocks at port 24 (LMTP)</source>
        <translation>frappe au port 24 (LMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knocks at port %1</source>
        <translation>frappe au port %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS from the first word (port 465): the rest is sealed</source>
        <translation>TLS dès le premier mot (port 465) : la suite est scellée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS starts (STARTTLS): the rest is sealed</source>
        <translation>TLS commence (STARTTLS) : la suite est scellée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The envelope: what the servers read (SMTP)</source>
        <translation>L&apos;enveloppe&#xa0;: ce que lisent les serveurs (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter: its header lines, newest on top</source>
        <translation>La lettre&#xa0;: ses lignes d&apos;en-tête, les plus récentes en haut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journey</source>
        <translation>Le voyage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who sent it? The receiving server&apos;s checks (SPF, DKIM, DMARC)</source>
        <translation>Qui l&apos;a envoyée ? Les vérifications du serveur qui la reçoit (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who can read it?</source>
        <translation>Qui peut la lire ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said on each hop (C: client, S: server)</source>
        <translation>Ce qui a été dit à chaque étape (C: client, S: serveur)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letter %1 has not been written yet at this moment.</source>
        <translation>La lettre %1 n&apos;est pas encore écrite à ce moment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letter %1: “%2”</source>
        <translation>Lettre %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter %1: a “return to sender” notice for %2</source>
        <translation>Lettre %1&#xa0;: un avis «&#xa0;retour à l&apos;expéditeur&#xa0;» pour %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on the envelope only (Bcc): the letter does not name them</source>
        <translation>seulement sur l&apos;enveloppe (Bcc)&#xa0;: la lettre ne les nomme pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An empty MAIL FROM: a notice is never returned to sender.</source>
        <translation>Un MAIL FROM vide&#xa0;: un avis n&apos;est jamais renvoyé à l&apos;expéditeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the envelope (MAIL FROM): %1</source>
        <translation>Sur l&apos;enveloppe (MAIL FROM) : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the letter (From:): %1</source>
        <translation>Dans la lettre (From:) : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same: SMTP never compares the two.</source>
        <translation>Pas la même : SMTP ne compare jamais les deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 at %3</source>
        <extracomment>What became of the letter for one recipient: &quot;bob@example.org: delivered at 09:00:01&quot;.</extracomment>
        <translation>%1&#xa0;: %2 à %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(a blank line, then the body: %1 in all)</source>
        <translation>(une ligne vide, puis le corps&#xa0;: %1 en tout)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter&apos;s own header lines are in the trace once a copy reaches a PO box; until then To: shows the envelope&apos;s recipients.</source>
        <translation>Les lignes d&apos;en-tête de la lettre apparaissent dans la trace dès qu&apos;une copie arrive dans une boîte postale&#xa0;; d&apos;ici là, To: montre les destinataires de l&apos;enveloppe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 checks the letter from %2</source>
        <translation>%1 vérifie la lettre venant de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No receiving server has checked who sent it (a server checks with authenticate: true).</source>
        <translation>Aucun serveur destinataire n&apos;a vérifié qui l&apos;a envoyée (un serveur vérifie avec authenticate: true).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hop %1 (%2): %3</source>
        <extracomment>Who could read the letter on one hop: &quot;Hop 1 (Postcard): anyone on the road between A and B&quot;.</extracomment>
        <translation>Étape %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter has not been on the road between two servers yet.</source>
        <translation>La lettre n&apos;a pas encore circulé entre deux serveurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No SMTP session yet.</source>
        <translation>Pas encore de session SMTP.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written</source>
        <translation>écrite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waits: retry %1</source>
        <translation>attend&#xa0;: nouvelle tentative à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the PO box</source>
        <translation>dans la boîte postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned (%1)</source>
        <translation>renvoyée (%1)</translation>
    </message>
</context>
<context>
    <name>postie::gui::NewTownDialog</name>
    <message>
        <location filename="../gui/editor/new_town_dialog.cpp" line="+18"/>
        <source>New town</source>
        <translation>Nouvelle ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An empty town
Start from nothing: drag stations from the palette onto the map.</source>
        <extracomment>File &gt; New town: the first choice, a town with nothing in it.</extracomment>
        <translation>Une ville vide
Partez de rien&#xa0;: faites glisser des stations de la palette sur la carte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which town do you want to start from?</source>
        <translation>De quelle ville voulez-vous partir&#xa0;?</translation>
    </message>
</context>
<context>
    <name>postie::gui::PlaybackToolbar</name>
    <message>
        <location filename="../gui/playback/playback_toolbar.cpp" line="+33"/>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+262"/>
        <source>Play</source>
        <extracomment>A toolbar button: play the run (it reads Pause while playing).</extracomment>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <extracomment>A toolbar button: one event back (not a menu&apos;s &quot;go back&quot;).</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step back to the previous event (Left)</source>
        <translation>Revenir à l&apos;événement précédent (Flèche gauche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <extracomment>A toolbar button: one event forward.</extracomment>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step to the next event (Right)</source>
        <translation>Avancer à l&apos;événement suivant (Flèche droite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <extracomment>A toolbar button: back to the start of the run.</extracomment>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start (Home)</source>
        <translation>Retour au début (Début)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Speed</source>
        <extracomment>Before the speed slider: how fast the run plays.</extracomment>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>From slow motion to thousands of times faster than real time: [ slower, ] faster</source>
        <translation>Du ralenti à des milliers de fois plus vite que le temps réel&#xa0;: [ plus lent, ] plus rapide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slower speed</source>
        <translation>Vitesse plus lente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next slower speed ([)</source>
        <translation>La vitesse plus lente suivante ([)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster speed</source>
        <translation>Vitesse plus rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next faster speed (])</source>
        <translation>La vitesse plus rapide suivante (])</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story pace</source>
        <translation>Rythme du récit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Story</source>
        <extracomment>The short word on the toolbar for &quot;Story pace&quot;: each caption stays until it can be read.</extracomment>
        <translation>Récit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Story pace (P): each caption stays until it can be read, quiet time is jumped and said. Off: the clock runs at the speed, for busy towns.</source>
        <translation>Rythme du récit (P)&#xa0;: chaque sous-titre reste jusqu&apos;à ce qu&apos;on puisse le lire&#xa0;; les temps calmes sont sautés et annoncés. Désactivé&#xa0;: l&apos;horloge suit la vitesse, pour les villes animées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip idle</source>
        <extracomment>Off the story pace: when nothing moves, the clock jumps to the next event.</extracomment>
        <translation>Sauter les temps morts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off the story pace: when nothing moves, jump to the next event</source>
        <translation>Hors rythme du récit&#xa0;: quand rien ne bouge, sauter à l&apos;événement suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption time</source>
        <translation>Durée des sous-titres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 s a caption</source>
        <extracomment>A choice of how long a caption stays at the story pace: &quot;2.5 s a caption&quot;.</extracomment>
        <translation>%1 s par sous-titre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Position in the run</source>
        <translation>Position dans la simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every event of the run: drag to go anywhere. Marks: a station or road closed (red) or open again (green), a letter deferred (amber) or returned (dark red), your own changes (violet flag)</source>
        <translation>Tous les événements de la simulation&#xa0;: faites glisser pour aller n&apos;importe où. Repères&#xa0;: station ou route fermée (rouge) ou rouverte (vert), lettre différée (orange) ou renvoyée (rouge foncé), vos propres modifications (drapeau violet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events shown</source>
        <translation>Événements affichés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events shown so far, of all the events of the run</source>
        <translation>Événements affichés jusqu&apos;ici, sur tous les événements de la simulation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated clock</source>
        <translation>Horloge simulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The simulated clock</source>
        <translation>L&apos;horloge simulée</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>skipping 23 h 59 min</source>
        <extracomment>Only measured, never shown: as long as the longest &quot;skipping %1&quot; the toolbar shows.</extracomment>
        <translation>saut de 23 h 59 min</translation>
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
        <translation>saut de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing happens for %1: the clock jumps to the next event (the speed is %2)</source>
        <translation>Rien ne se passe pendant %1&#xa0;: l&apos;horloge saute à l&apos;événement suivant (la vitesse est de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times real time: 0.1× is ten times slower</source>
        <translation>Multiple du temps réel&#xa0;: 0.1× est dix fois plus lent</translation>
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
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Thème sombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen, large type, high contrast (F11)</source>
        <translation>Plein écran, grands caractères, contraste élevé (F11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light text on a dark ground, for a dim room (D)</source>
        <translation>Texte clair sur fond sombre, pour une salle peu éclairée (D)</translation>
    </message>
</context>
<context>
    <name>postie::gui::PropertiesPanel</name>
    <message>
        <location filename="../gui/editor/properties_panel.cpp" line="+115"/>
        <source>The town itself (click a station or a road for its keys)</source>
        <extracomment>The properties panel&apos;s heading when nothing on the map is selected.</extracomment>
        <translation>La ville elle-même (cliquez sur une station ou une route pour voir ses clés)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (%3)</source>
        <extracomment>The properties panel&apos;s heading: &quot;mx1.example.org: sorting station (incoming MX server)&quot;.</extracomment>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The road between %1 and %2</source>
        <translation>La route entre %1 et %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, entry %2</source>
        <extracomment>The properties panel&apos;s heading for an entry of a list: &quot;dns, entry 2&quot;.</extracomment>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it the MX of</source>
        <extracomment>A helper in the properties panel: the sorting station becomes the MX of the domain typed beside it.</extracomment>
        <translation>En faire le MX de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the directory&apos;s MX record for the domain (preference 10, or 10 more than its last MX: a backup) and lets this sorting station accept its mail</source>
        <translation>Ajoute à l&apos;annuaire l&apos;enregistrement MX du domaine (préférence 10, ou 10 de plus que son dernier MX&#xa0;: un secours) et fait accepter son courrier par ce centre de tri</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give it an address</source>
        <extracomment>A helper in the properties panel: an A record for this host in the directory (its tooltip says so).</extracomment>
        <translation>Lui donner une adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the directory&apos;s A record for this host (its address), with an address no other host has</source>
        <translation>Ajoute à l&apos;annuaire l&apos;enregistrement A de cet hôte (son adresse), avec une adresse qu&apos;aucun autre hôte n&apos;a</translation>
    </message>
</context>
<context>
    <name>postie::gui::RecentFiles</name>
    <message>
        <location filename="../gui/shell/recent_files.cpp" line="+33"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there, so it was taken off the list of recent files.</source>
        <translation>%1 n&apos;existe plus&#xa0;: il a été retiré de la liste des fichiers récents.</translation>
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
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>postie::gui::RunRecapPanel</name>
    <message>
        <location filename="../gui/playback/run_recap_panel.cpp" line="+35"/>
        <source>Summary of the &amp;run</source>
        <translation>&amp;Résumé de la simulation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>▶ Play again</source>
        <extracomment>A button: play the run again from its start.</extracomment>
        <translation>▶ Rejouer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <extracomment>A button: close the summary of the run.</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the run</source>
        <translation>Résumé de la simulation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was sent, delivered, put off and returned, and what went wrong</source>
        <translation>Ce qui a été envoyé, distribué, remis à plus tard et renvoyé, et ce qui s&apos;est mal passé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the start of the run, and play (Enter)</source>
        <translation>Retour au début de la simulation, puis lecture (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the summary (Esc)</source>
        <translation>Fermer le résumé (Échap)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>What happened in “%1”</source>
        <translation>Ce qui s&apos;est passé dans «&#xa0;%1&#xa0;»</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The depot (queue)</source>
        <translation>Le dépôt (file d&apos;attente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory&apos;s memory (DNS cache)</source>
        <translation>La mémoire de l&apos;annuaire (cache DNS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PO boxes (mailboxes)</source>
        <translation>Les boîtes postales (boîtes aux lettres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counters so far</source>
        <translation>Compteurs jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Closed&lt;/b&gt;: connections are refused.</source>
        <translation>&lt;b&gt;Fermée&lt;/b&gt;&#xa0;: les connexions sont refusées.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open.</source>
        <translation>Ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device: %1.</source>
        <translation>Appareil&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, since %2</source>
        <extracomment>A letter in the depot: its id and since when it waits (&quot;m3, since 09:00:02&quot;).</extracomment>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2: next try at %3 (%4)</source>
        <translation>%1 pour %2&#xa0;: prochaine tentative à %3 (%4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing remembered yet.</source>
        <translation>Rien en mémoire pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kept %1 more (TTL %2)</source>
        <translation>gardé encore %1 (TTL %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired: asked again next time</source>
        <translation>expiré&#xa0;: redemandé la prochaine fois</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No letters yet.</source>
        <translation>Pas encore de lettres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty</source>
        <extracomment>A PO box with no letters in it.</extracomment>
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%Ln letter(s) waiting for a clerk or a free lane.</source>
        <translation>
            <numerusform>%Ln lettre attend un guichetier ou une voie libre.</numerusform>
            <numerusform>%Ln lettres attendent un guichetier ou une voie libre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Nothing yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: tore STARTTLS off the answer of %2 to %3</source>
        <extracomment>A snooper&apos;s note: &quot;09:00:00.265: tore STARTTLS off the answer of mx.school.test to smtp.sender.test&quot;.</extracomment>
        <translation>%1 : a arraché STARTTLS de la réponse de %2 à %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 to %4, a sealed envelope: could not read it (TLS)</source>
        <extracomment>A snooper&apos;s note: &quot;09:00:00.415: m1 from … to …, a sealed envelope: could not read it (TLS)&quot;.</extracomment>
        <translation>%1 : %2 de %3 à %4, une enveloppe scellée : illisible (TLS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 to %4, a locked box: read who writes to whom and “%5”, not the text</source>
        <translation>%1 : %2 de %3 à %4, un coffre verrouillé : lu qui écrit à qui et « %5 », pas le texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 to %4, a postcard: read “%5”: “%6”</source>
        <translation>%1 : %2 de %3 à %4, une carte postale : lu « %5 » : « %6 »</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>What it read on the road</source>
        <translation>Ce qu&apos;il a lu en chemin</translation>
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
            <numerusform>%Ln lettre attend la prochaine tournée (différée, nouvelle tentative prévue).</numerusform>
            <numerusform>%Ln lettres attendent la prochaine tournée (différées, nouvelle tentative prévue).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no such record</source>
        <extracomment>A DNS answer without records (NOERROR): the name is there, but not a record of that type.</extracomment>
        <translation>aucun enregistrement de ce type</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln lettre</numerusform>
            <numerusform>%Ln lettres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from %2, “%3”, stored %4</source>
        <translation>%1 de %2, «&#xa0;%3&#xa0;», déposée à %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the Junk folder</source>
        <extracomment>After a letter in a PO box: it was filed in the Junk folder, which mail programs do not fetch.</extracomment>
        <translation>dans le dossier Indésirables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read by %1 at %2, still here (IMAP, \Seen)</source>
        <extracomment>After a letter in a PO box (&quot;m1 from …, stored 09:00&quot;): who fetched it, when and how.</extracomment>
        <translation>lue par %1 à %2, toujours là (IMAP, \Seen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloaded by %1 at %2 (POP3 RETR)</source>
        <translation>téléchargée par %1 à %2 (POP3 RETR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetched by %1 at %2</source>
        <translation>relevée par %1 à %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %Ln more PO box(es)</source>
        <translation>
            <numerusform>… et %Ln autre boîte postale</numerusform>
            <numerusform>… et %Ln autres boîtes postales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters arrived by road</source>
        <translation>Lettres arrivées par la route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters sent on by road</source>
        <translation>Lettres réexpédiées par la route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters a clerk took from the depot</source>
        <translation>Lettres prises au dépôt par un guichetier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP sessions it answered</source>
        <translation>Sessions SMTP reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP sessions it opened</source>
        <translation>Sessions SMTP ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LMTP sessions it answered</source>
        <translation>Sessions LMTP reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LMTP sessions it opened</source>
        <translation>Sessions LMTP ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies it gave: 2xx (yes)</source>
        <translation>Réponses données&#xa0;: 2xx (oui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies it gave: 4xx (later)</source>
        <translation>Réponses données&#xa0;: 4xx (plus tard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies it gave: 5xx (no)</source>
        <translation>Réponses données&#xa0;: 5xx (non)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doors that stayed shut to it</source>
        <translation>Portes restées closes pour elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferrals (letters held for the next round)</source>
        <translation>Reports (lettres gardées pour la prochaine tournée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices written (return to sender, still trying)</source>
        <translation>Avis écrits (retour à l&apos;expéditeur, tentatives en cours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters stored</source>
        <translation>Lettres déposées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters fetched</source>
        <translation>Lettres relevées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters taken home and removed (POP3)</source>
        <translation>Lettres emportées et supprimées (POP3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies delivered here</source>
        <translation>Copies distribuées ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies returned to sender here</source>
        <translation>Copies renvoyées à l&apos;expéditeur ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies given up here (expired)</source>
        <translation>Copies abandonnées ici (expirées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies discarded here</source>
        <translation>Copies supprimées ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions answered (DNS)</source>
        <translation>Questions traitées (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… from memory (cache hits)</source>
        <translation>… de mémoire (succès du cache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… looked up (cache misses)</source>
        <translation>… recherchées (échecs du cache)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions it asked the directory (DNS)</source>
        <translation>Questions posées à l&apos;annuaire (DNS)</translation>
    </message>
</context>
<context>
    <name>postie::gui::StationPalette</name>
    <message>
        <location filename="../gui/editor/station_palette.cpp" line="+87"/>
        <source>Build</source>
        <extracomment>The edit mode&apos;s palette: station kinds to drag onto the map, the road tool, the pointer.</extracomment>
        <translation>Construire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play the town</source>
        <extracomment>The palette&apos;s first button: leave edit mode and run the town as it is now.</extracomment>
        <translation>Jouer la ville</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select</source>
        <extracomment>Edit mode&apos;s pointer: click to select, drag to move.</extracomment>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a station or a road to see its keys; drag a station to move it</source>
        <translation>Cliquez sur une station ou une route pour voir ses clés&#xa0;; faites glisser une station pour la déplacer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Road</source>
        <extracomment>Edit mode&apos;s road tool: drag from one station to another to lay a road.</extracomment>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag from one station to another to lay a road between them (or hold Shift and drag)</source>
        <translation>Faites glisser d&apos;une station à une autre pour tracer une route entre elles (ou faites glisser en tenant Maj)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): drag it onto the map, or click here and then on the map</source>
        <extracomment>A palette button&apos;s tooltip: &quot;Sorting station (incoming MX server): drag it onto the map, ...&quot;.</extracomment>
        <translation>%1 (%2)&#xa0;: faites-le glisser sur la carte, ou cliquez ici puis sur la carte</translation>
    </message>
</context>
<context>
    <name>postie::gui::TimeSeriesChart</name>
    <message>
        <location filename="../gui/charts/time_series_chart.cpp" line="+14"/>
        <source>the town&apos;s clock</source>
        <translation>horloge de la ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>now</source>
        <extracomment>The line on a chart at the moment the playback has reached.</extracomment>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Queues: letters waiting in line</source>
        <translation>Files d&apos;attente&#xa0;: lettres qui attendent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many letters wait at each post office for the clerk to take them.</source>
        <translation>Combien de lettres attendent à chaque bureau de poste que le guichetier les prenne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <extracomment>A chart&apos;s vertical axis: the number of letters waiting.</extracomment>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letters in flight: all on their way</source>
        <translation>Lettres en cours&#xa0;: toutes celles en route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every letter written but not in a mailbox yet: in line, being checked or on the road.</source>
        <translation>Chaque lettre écrite mais pas encore dans une boîte aux lettres&#xa0;: en attente, en vérification ou sur la route.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters</source>
        <extracomment>A chart&apos;s vertical axis: the number of letters on their way.</extracomment>
        <translation>lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on their way</source>
        <translation>en route</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivered, bounced, deferred</source>
        <translation>Distribuées, renvoyées, différées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters so far: in the mailbox, sent back, or waiting to try again.</source>
        <translation>Lettres jusqu&apos;ici&#xa0;: dans la boîte aux lettres, renvoyées, ou en attente d&apos;une nouvelle tentative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>so far</source>
        <extracomment>A chart&apos;s vertical axis: the number of letters so far.</extracomment>
        <translation>jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delivered</source>
        <translation>distribuées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bounced</source>
        <translation>renvoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deferred</source>
        <translation>différées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS cache hit rate</source>
        <translation>Taux de succès du cache DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often a post office knew the address already, without asking the directory.</source>
        <translation>Combien de fois un bureau de poste connaissait déjà l&apos;adresse, sans demander à l&apos;annuaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cached (%)</source>
        <extracomment>A chart&apos;s vertical axis: the share of DNS questions answered from memory, in per cent.</extracomment>
        <translation>en cache (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since the start</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in each interval</source>
        <translation>dans chaque intervalle</translation>
    </message>
</context>
<context>
    <name>postie::gui::TimeSplitChart</name>
    <message>
        <location filename="../gui/charts/time_split_chart.cpp" line="+32"/>
        <source>Where the letters&apos; time went</source>
        <translation>Où est passé le temps des lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the time letters spent on their way to a mailbox (not in it), the part spent in each way.</source>
        <translation>Sur le temps passé par les lettres en route vers une boîte aux lettres (pas dedans), la part passée de chaque façon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting in a queue</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asking DNS</source>
        <translation>à interroger le DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at a post office or on the road</source>
        <translation>au bureau de poste ou sur la route</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from (the town&apos;s clock)</source>
        <translation>à partir de (horloge de la ville)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the time (%)</source>
        <translation>part du temps (%)</translation>
    </message>
</context>
<context>
    <name>postie::gui::TownEditor</name>
    <message>
        <location filename="../gui/editor/town_editor.cpp" line="+31"/>
        <source>&amp;Edit the town</source>
        <translation>&amp;Modifier la ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build or change the town: add stations, lay roads, set their keys (Ctrl+Shift+E); press it again to play the town</source>
        <translation>Construire ou modifier la ville&#xa0;: ajouter des stations, tracer des routes, régler leurs clés (Ctrl+Maj+E)&#xa0;; appuyez à nouveau pour jouer la ville</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo town edit</source>
        <extracomment>Edit menu, in edit mode: undo the last change to the town.</extracomment>
        <translation>&amp;Annuler la modification de la ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo town edit</source>
        <translation>&amp;Rétablir la modification de la ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete from the town</source>
        <translation>&amp;Supprimer de la ville</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save the town</source>
        <translation>&amp;Enregistrer la ville</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the town &amp;as…</source>
        <translation>Enregistrer la ville &amp;sous…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drag a station from the palette onto the map</source>
        <extracomment>On the empty map of a new town, in large type.</extracomment>
        <translation>Faites glisser une station de la palette sur la carte</translation>
    </message>
    <message>
        <location line="+168"/>
        <location line="+6"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the town</source>
        <translation>Enregistrer la ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Fichiers de scénario (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>postie::gui::TownListDock</name>
    <message>
        <location filename="../gui/shell/town_list_dock.cpp" line="+33"/>
        <location line="+3"/>
        <source>Stations and roads</source>
        <translation>Stations et routes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations and roads of the town</source>
        <translation>Stations et routes de la ville</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2: %3</source>
        <extracomment>A station in the list of the town: its kind in the postal picture, in email words, and its name: &quot;Post office, outgoing SMTP server (MSA): Sender&apos;s post office&quot;.</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
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
            <numerusform>%Ln station</numerusform>
            <numerusform>%Ln stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln road(s)</source>
        <translation>
            <numerusform>%Ln route</numerusform>
            <numerusform>%Ln routes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Road from %1 to %2: %3 each way</source>
        <extracomment>A road in the list of the town; the time is written as the scenario file writes it (&quot;20ms&quot;).</extracomment>
        <translation>Route de %1 à %2&#xa0;: %3 dans chaque sens</translation>
    </message>
</context>
<context>
    <name>postie::gui::TraceEmailDialog</name>
    <message>
        <location filename="../gui/realmail/trace_email_dialog.cpp" line="+34"/>
        <source>Trace a real email</source>
        <extracomment>The title of File &gt; Trace a real email.</extracomment>
        <translation>Suivre un vrai e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the headers of a real email (in most mail programs: &quot;Show original&quot; or &quot;View source&quot;), or open a message file. Each server it passed wrote a Received line; read oldest first, they are its journey.</source>
        <extracomment>File &gt; Trace a real email: what to paste, and where a mail program shows it.</extracomment>
        <translation>Collez les en-têtes d’un vrai e-mail (dans la plupart des logiciels de messagerie&#xa0;: «&#xa0;Afficher l’original&#xa0;» ou «&#xa0;Afficher la source&#xa0;»), ou ouvrez un fichier de message. Chaque serveur traversé a écrit une ligne Received&#xa0;; lues de la plus ancienne, elles forment son trajet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From</source>
        <extracomment>File &gt; Trace a real email: the table&apos;s columns. &quot;Took&quot;: how long the hop took.</extracomment>
        <translation>De (from)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Serveur (by)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Avec (with)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted?</source>
        <translation>Fiable ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open a message file…</source>
        <extracomment>File &gt; Trace a real email: opens a .eml file instead of pasting.</extracomment>
        <translation>&amp;Ouvrir un fichier de message…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a message</source>
        <extracomment>The file chooser of File &gt; Trace a real email.</extracomment>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email messages (*.eml *.txt *.mbox);;All files (*)</source>
        <translation>Messages e-mail (*.eml *.txt *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play the journey</source>
        <extracomment>File &gt; Trace a real email: turns the journey into a town and plays it.</extracomment>
        <translation>&amp;Jouer le trajet</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>start</source>
        <extracomment>File &gt; Trace a real email, the Took column: the first hop, and a hop whose time is unknown.</extracomment>
        <translation>début</translation>
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
        <translation> (horloges décalées)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <extracomment>File &gt; Trace a real email, the trust column, short (the tip says why).</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may be forged</source>
        <translation>peut-être falsifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: %1&apos;s own server wrote it</source>
        <extracomment>File &gt; Trace a real email, the trust column&apos;s tip; %1 the receiver&apos;s domain.</extracomment>
        <translation>oui&#xa0;: un serveur de %1 l’a écrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be forged: written outside %1</source>
        <translation>peut-être falsifiée&#xa0;: écrite hors de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No Received line yet: paste the whole header block, from its first line.</source>
        <extracomment>File &gt; Trace a real email, before anything readable is pasted.</extracomment>
        <translation>Pas encore de ligne Received&#xa0;: collez tout le bloc d’en-têtes, depuis sa première ligne.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hop(s), oldest first. %1 can vouch only for the lines its own servers wrote (RFC 5321 section 4.4).</source>
        <extracomment>File &gt; Trace a real email, under the table: %n hops, %1 the receiver&apos;s domain.</extracomment>
        <translation>
            <numerusform>%n étape, de la plus ancienne. %1 ne peut garantir que les lignes écrites par ses propres serveurs (RFC 5321, section 4.4).</numerusform>
            <numerusform>%n étapes, de la plus ancienne. %1 ne peut garantir que les lignes écrites par ses propres serveurs (RFC 5321, section 4.4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The %n oldest line(s) could say anything: a sender can write false Received lines.</source>
        <extracomment>File &gt; Trace a real email: %n lines written by other servers.</extracomment>
        <translation>
            <numerusform>La ligne la plus ancienne pourrait dire n’importe quoi&#xa0;: un expéditeur peut écrire de fausses lignes Received.</numerusform>
            <numerusform>Les %n lignes les plus anciennes pourraient dire n’importe quoi&#xa0;: un expéditeur peut écrire de fausses lignes Received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hop(s) dated before the one before: the servers&apos; clocks disagree.</source>
        <extracomment>File &gt; Trace a real email: %n hops dated before the hop before them.</extracomment>
        <translation>
            <numerusform>%n étape est datée avant la précédente&#xa0;: les horloges des serveurs sont décalées.</numerusform>
            <numerusform>%n étapes sont datées avant la précédente&#xa0;: les horloges des serveurs sont décalées.</numerusform>
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
        <translation>Découvrez comment voyage un e-mail&#xa0;: chaque lettre est un camion postal, chaque serveur une station de la ville.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another scenario file…</source>
        <translation>Ouvrir un autre fichier de scénario…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened lately:</source>
        <translation>Ouverts récemment&#xa0;:</translation>
    </message>
</context>
</TS>
