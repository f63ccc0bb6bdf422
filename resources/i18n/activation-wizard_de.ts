<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivatingPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivierung läuft</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Wi&amp;ederholen</translation>
    </message>
    <message>
        <source>C&amp;hange what I entered</source>
        <translation>Eingabe ä&amp;ndern</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>Activate &amp;without internet…</source>
        <translation>&amp;Ohne Internet aktivieren…</translation>
    </message>
    <message>
        <source>Connection check results</source>
        <translation>Ergebnis der Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Release a device in the customer portal</source>
        <translation>Gerät im Kundenportal freigeben</translation>
    </message>
    <message>
        <source>C&amp;hange the key</source>
        <translation>Schlüssel ä&amp;ndern</translation>
    </message>
    <message>
        <source>C&amp;hange the sign-in</source>
        <translation>Anmeldung ä&amp;ndern</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>&amp;Neu anmelden</translation>
    </message>
    <message>
        <source>C&amp;hange the details</source>
        <translation>Angaben ä&amp;ndern</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <source>Your license is being confirmed with the license server.</source>
        <translation>Ihre Lizenz wird beim Lizenzserver bestätigt.</translation>
    </message>
    <message>
        <source>Contacting the license server…</source>
        <translation>Verbindung zum Lizenzserver wird hergestellt…</translation>
    </message>
    <message>
        <source>Activated.</source>
        <translation>Aktiviert.</translation>
    </message>
    <message>
        <source>Activation cancelled</source>
        <translation>Aktivierung abgebrochen</translation>
    </message>
    <message>
        <source>Activation did not succeed</source>
        <translation>Aktivierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was sent to the license server; no seat was used.</source>
        <translation>Es wurde nichts an den Lizenzserver gesendet und kein Aktivierungsplatz belegt.</translation>
    </message>
    <message>
        <source>Nothing was changed on this device.</source>
        <translation>Auf diesem Gerät wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Saving on this computer</source>
        <translation>Speichern auf diesem Computer</translation>
    </message>
    <message>
        <source>Finding the license server</source>
        <translation>Lizenzserver finden</translation>
    </message>
    <message>
        <source>Reaching the license server</source>
        <translation>Lizenzserver erreichen</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>Uhr dieses Computers</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>prüfenswert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ActivationWizard</name>
    <message>
        <source>{name} activation</source>
        <translation>Aktivierung von {name}</translation>
    </message>
    <message>
        <source>Stop the activation?</source>
        <translation>Aktivierung abbrechen?</translation>
    </message>
    <message>
        <source>The license server is confirming your license right now. If you close the window, the activation is cancelled; whatever the server already did is undone the next time the wizard starts, so no seat is lost.</source>
        <translation>Der Lizenzserver bestätigt gerade Ihre Lizenz. Wenn Sie das Fenster schließen, wird die Aktivierung abgebrochen; was der Server bereits getan hat, wird beim nächsten Start des Assistenten rückgängig gemacht, sodass kein Aktivierungsplatz verloren geht.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Abbrechen und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep activating</source>
        <translation>Aktivierung &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>AirGapPage</name>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Initialization code</source>
        <translation>Initialisierungscode</translation>
    </message>
    <message>
        <source>Choose &amp;policy file…</source>
        <translation>&amp;Richtliniendatei wählen…</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>&amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Initialization code:</source>
        <translation>&amp;Initialisierungscode:</translation>
    </message>
    <message>
        <source>Policy file:</source>
        <translation>Richtliniendatei:</translation>
    </message>
    <message>
        <source>1. &amp;Show the code to read out</source>
        <translation>1. Code zum &amp;Vorlesen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>the confirmation code the portal gives</source>
        <translation>der Bestätigungscode, den das Portal anzeigt</translation>
    </message>
    <message>
        <source>2. &amp;Activate</source>
        <translation>2. &amp;Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate with codes read out</source>
        <translation>Mit vorgelesenen Codes deaktivieren</translation>
    </message>
    <message>
        <source>Activate with codes read out</source>
        <translation>Mit vorgelesenen Codes aktivieren</translation>
    </message>
    <message>
        <source>For a computer with no network and no way to carry a file.</source>
        <translation>Für einen Computer ohne Netzwerk, auf den keine Datei gebracht werden kann.</translation>
    </message>
    <message>
        <source>Open the vendor&apos;s portal on another device, enter this license key there, and type the initialization code it shows.</source>
        <translation>Öffnen Sie das Portal des Herstellers auf einem anderen Gerät, geben Sie dort diesen Lizenzschlüssel ein und tippen Sie den angezeigten Initialisierungscode hier ein.</translation>
    </message>
    <message>
        <source>the file that came with the program</source>
        <translation>die Datei, die mit dem Programm kam</translation>
    </message>
    <message>
        <source>&amp;Show the deactivation code</source>
        <translation>Deaktivierungscode &amp;anzeigen</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Richtliniendatei</translation>
    </message>
    <message>
        <source>Policy file (*.lic);;All files (*)</source>
        <translation>Richtliniendatei (*.lic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Hardware ID: {hardware_id}
Code: {code}</source>
        <translation>Hardware-ID: {hardware_id}
Code: {code}</translation>
    </message>
    <message>
        <source>The activation was removed from this computer. Read the hardware ID and this code to the portal: it frees the seat.</source>
        <translation>Die Aktivierung wurde von diesem Computer entfernt. Lesen Sie dem Portal die Hardware-ID und diesen Code vor: Das gibt den Platz frei.</translation>
    </message>
    <message>
        <source>Read the hardware ID and the code to the portal, then type the confirmation code it gives below.</source>
        <translation>Lesen Sie dem Portal die Hardware-ID und den Code vor und tippen Sie dann den Bestätigungscode, den es anzeigt, unten ein.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sign in with your account</source>
        <translation>Mit Ihrem Konto anmelden</translation>
    </message>
    <message>
        <source>Use the e-mail address and password of your {name} account.</source>
        <translation>Verwenden Sie die E-Mail-Adresse und das Passwort Ihres {name}-Kontos.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>Passwort &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Your password is sent only to the license server, over an encrypted connection. It is never saved on this computer.</source>
        <translation>Ihr Passwort wird nur an den Lizenzserver gesendet, über eine verschlüsselte Verbindung. Es wird nie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Your password is sent only to the license server, a test server on this computer (not encrypted). It is never saved on this computer.</source>
        <translation>Ihr Passwort wird nur an den Lizenzserver gesendet, einen Testserver auf diesem Computer (unverschlüsselt). Es wird nie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (name@example.com).</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Activating sends your license key and the following facts. Nothing else.</source>
        <translation>Beim Aktivieren werden Ihr Lizenzschlüssel und die folgenden Angaben gesendet. Sonst nichts.</translation>
    </message>
    <message>
        <source>Activating sends your account&apos;s e-mail and password and the following facts. Nothing else.</source>
        <translation>Beim Aktivieren werden die E-Mail-Adresse und das Passwort Ihres Kontos sowie die folgenden Angaben gesendet. Sonst nichts.</translation>
    </message>
    <message>
        <source>Activating sends the sign-in answer from your organisation and the following facts. Nothing else.</source>
        <translation>Beim Aktivieren werden die Anmeldeantwort Ihrer Organisation und die folgenden Angaben gesendet. Sonst nichts.</translation>
    </message>
    <message>
        <source>Starting the trial sends the following facts (and the e-mail you gave, if any). Nothing else.</source>
        <translation>Beim Starten der Testversion werden die folgenden Angaben gesendet (und ggf. die angegebene E-Mail-Adresse). Sonst nichts.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Device data as sent</source>
        <translation>Gerätedaten, wie sie gesendet werden</translation>
    </message>
    <message>
        <source>Show as &amp;JSON</source>
        <translation>&amp;JSON anzeigen</translation>
    </message>
    <message>
        <source>Collecting this device&apos;s facts…</source>
        <translation>Die Angaben zu diesem Gerät werden gesammelt…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This device looks like a virtual machine or container ({name}), and {product} licenses may not be used in one. Activation will probably be refused: activate on a physical computer instead.</source>
        <translation>Dieses Gerät scheint eine virtuelle Maschine oder ein Container zu sein ({name}), und {product}-Lizenzen dürfen darin nicht verwendet werden. Die Aktivierung wird wahrscheinlich abgelehnt: Aktivieren Sie stattdessen auf einem physischen Computer.</translation>
    </message>
    <message>
        <source>Show as &amp;list</source>
        <translation>&amp;Liste anzeigen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Erneut speichern</translation>
    </message>
    <message>
        <source>&amp;Save activation to a file…</source>
        <translation>Aktivierung in &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>{name} is activated on this device.</source>
        <translation>{name} ist auf diesem Gerät aktiviert.</translation>
    </message>
    <message>
        <source>This device was already activated on this license; no extra seat was used.</source>
        <translation>Dieses Gerät war bereits mit dieser Lizenz aktiviert; es wurde kein zusätzlicher Aktivierungsplatz belegt.</translation>
    </message>
    <message>
        <source>Your trial account is {email}, with the password {password}. Note it down, or choose your own below: you sign in with it on another computer, or to start this trial here again.</source>
        <translation>Ihr Testkonto ist {email}, mit dem Passwort {password}. Notieren Sie es, oder wählen Sie unten ein eigenes: Damit melden Sie sich an einem anderen Computer an oder starten diese Testversion hier erneut.</translation>
    </message>
    <message>
        <source>Your trial account is {email}, with the password you chose. You sign in with it on another computer, or to start this trial here again.</source>
        <translation>Ihr Testkonto ist {email}, mit dem von Ihnen gewählten Passwort. Damit melden Sie sich an einem anderen Computer an oder starten diese Testversion hier erneut.</translation>
    </message>
    <message>
        <source>Activated, but not saved on this computer</source>
        <translation>Aktiviert, aber nicht auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>The license server accepted the activation, but saving it on this computer failed: {what}</source>
        <translation>Der Lizenzserver hat die Aktivierung angenommen, aber das Speichern auf diesem Computer ist fehlgeschlagen: {what}</translation>
    </message>
    <message>
        <source>{fix} Then press Retry saving, or save it to a file now and import it later. It stays in this window until you close it.</source>
        <translation>{fix} Klicken Sie dann auf „Erneut speichern“ oder speichern Sie die Aktivierung jetzt in einer Datei und importieren Sie sie später. Sie bleibt in diesem Fenster erhalten, bis Sie es schließen.</translation>
    </message>
    <message>
        <source>Press Change password to use the new password, or clear both fields to keep the one you were given.</source>
        <translation>Klicken Sie auf „Passwort ändern“, um das neue Passwort zu verwenden, oder leeren Sie beide Felder, um das erhaltene zu behalten.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>This activation is not saved on this computer; closing forgets it here. Activating this device again later will not use another seat.</source>
        <translation>Diese Aktivierung ist nicht auf diesem Computer gespeichert; beim Schließen geht sie hier verloren. Wenn Sie dieses Gerät später erneut aktivieren, wird kein weiterer Aktivierungsplatz belegt.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>&amp;Stay and save</source>
        <translation>&amp;Bleiben und speichern</translation>
    </message>
    <message>
        <source>Save activation</source>
        <translation>Aktivierung speichern</translation>
    </message>
    <message>
        <source>Activation recovery file (*.json)</source>
        <translation>Aktivierungs-Wiederherstellungsdatei (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}. Keep it private: it contains your license key. Import it later with: activation-wizard import {path}</source>
        <translation>Gespeichert unter {path}. Geben Sie die Datei nicht weiter: Sie enthält Ihren Lizenzschlüssel. Später importieren mit: activation-wizard import {path}</translation>
    </message>
</context>
<context>
    <name>FloatingActions</name>
    <message>
        <source>&amp;Borrow for offline use…</source>
        <translation>Für Offline-Nutzung aus&amp;leihen…</translation>
    </message>
    <message>
        <source>Re&amp;turn the borrowed seat</source>
        <translation>Ausgeliehenen Platz zurück&amp;geben</translation>
    </message>
    <message>
        <source>Borrow the seat</source>
        <translation>Platz ausleihen</translation>
    </message>
    <message>
        <source>For how many hours should this computer keep its seat without a connection? At most {most} (until {latest}); the seat is taken from the others meanwhile. You can return it early.</source>
        <translation>Wie viele Stunden soll dieser Computer seinen Platz ohne Verbindung behalten? Höchstens {most} (bis {latest}); der Platz fehlt den anderen so lange. Sie können ihn früher zurückgeben.</translation>
    </message>
    <message>
        <source>Borrowing the seat…</source>
        <translation>Platz wird ausgeliehen…</translation>
    </message>
    <message>
        <source>Returning the seat…</source>
        <translation>Platz wird zurückgegeben…</translation>
    </message>
</context>
<context>
    <name>LicenseKeyPage</name>
    <message>
        <source>Enter your license key</source>
        <translation>Lizenzschlüssel eingeben</translation>
    </message>
    <message>
        <source>You find it in your purchase confirmation e-mail.</source>
        <translation>Sie finden ihn in der Bestätigungs-E-Mail zu Ihrem Kauf.</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Paste or type the key; spaces and letter case do not matter.</source>
        <translation>Fügen Sie den Schlüssel ein oder tippen Sie ihn ab; Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Clear the key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>&amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>Can&apos;t find your license key?</source>
        <translation>Sie finden Ihren Lizenzschlüssel nicht?</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <source>Choose a license</source>
        <translation>Lizenz auswählen</translation>
    </message>
    <message>
        <source>Your account has more than one license for this product.</source>
        <translation>Ihr Konto hat mehrere Lizenzen für dieses Produkt.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Licenses of your account</source>
        <translation>Lizenzen Ihres Kontos</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Wi&amp;ederholen</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Neu anmelden</translation>
    </message>
    <message>
        <source>Asking the license server for your account&apos;s licenses.</source>
        <translation>Die Lizenzen Ihres Kontos werden beim Lizenzserver abgefragt.</translation>
    </message>
    <message>
        <source>Signing in as {who}…</source>
        <translation>Anmeldung als {who}…</translation>
    </message>
    <message>
        <source>Your account has one license for this product.</source>
        <translation>Ihr Konto hat eine Lizenz für dieses Produkt.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Choose the license this device should use:</source>
        <translation>Wählen Sie die Lizenz für dieses Gerät:</translation>
    </message>
    <message>
        <source>{kind} trial</source>
        <translation>{kind}, Testversion</translation>
    </message>
    <message>
        <source>{kind} license #{id}</source>
        <translation>Lizenz #{id} ({kind})</translation>
    </message>
    <message>
        <source>expires {when}</source>
        <translation>gültig bis {when}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>{seats} devices</source>
        <translation>Geräte: {seats}</translation>
    </message>
    <message>
        <source>Cannot be used: {why}</source>
        <translation>Nicht verwendbar: {why}</translation>
    </message>
    <message>
        <source>Sign-in did not succeed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was activated; no seat was used.</source>
        <translation>Es wurde nichts aktiviert und kein Aktivierungsplatz belegt.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>Activate without internet</source>
        <translation>Ohne Internet aktivieren</translation>
    </message>
    <message>
        <source>For a computer that never goes online: a request file out, a license file in.</source>
        <translation>Für Computer ohne Internetzugang: Eine Anfragedatei geht hinaus, eine Lizenzdatei kommt zurück.</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>Passwort &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>&amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>For an account, the password travels inside the request file (that is how the license server&apos;s offline activation works). Keep the file private and delete it once it is used.</source>
        <translation>Bei einem Konto wird das Passwort in der Anfragedatei übertragen (so funktioniert die Offline-Aktivierung des Lizenzservers). Geben Sie die Datei nicht weiter und löschen Sie sie nach der Verwendung.</translation>
    </message>
    <message>
        <source>1. &amp;Save request file…</source>
        <translation>1. Anfragedatei &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy request to clipboard</source>
        <translation>&amp;In Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open the offline portal</source>
        <translation>Offline-Portal öffnen</translation>
    </message>
    <message>
        <source>2. L&amp;oad license file…</source>
        <translation>2. Lizenzdatei la&amp;den…</translation>
    </message>
    <message>
        <source>License file text</source>
        <translation>Text der Lizenzdatei</translation>
    </message>
    <message>
        <source>…or paste the license file&apos;s text here</source>
        <translation>…oder den Text der Lizenzdatei hier einfügen</translation>
    </message>
    <message>
        <source>&amp;Use pasted text</source>
        <translation>&amp;Text übernehmen</translation>
    </message>
    <message>
        <source>No way to carry a file? Use co&amp;des…</source>
        <translation>Keine Datei übertragbar? &amp;Codes verwenden…</translation>
    </message>
    <message>
        <source>A request file for {who} was written before; load the license file it was answered with.</source>
        <translation>Für {who} wurde bereits eine Anfragedatei geschrieben; laden Sie die Lizenzdatei, mit der sie beantwortet wurde.</translation>
    </message>
    <message>
        <source>Then:
  2. Take the request file{where} to a computer with internet.
  3. Open {portal} there, upload the file and download the license file.
  4. Bring the license file back here and load it below.</source>
        <translation>Dann:
  2. Bringen Sie die Anfragedatei{where} zu einem Computer mit Internetzugang.
  3. Öffnen Sie dort {portal}, laden Sie die Datei hoch und die Lizenzdatei herunter.
  4. Bringen Sie die Lizenzdatei hierher zurück und laden Sie sie unten.</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>Anfragedatei speichern</translation>
    </message>
    <message>
        <source>Request file (*.req)</source>
        <translation>Anfragedatei (*.req)</translation>
    </message>
    <message>
        <source>Request file saved: {path}</source>
        <translation>Anfragedatei gespeichert: {path}</translation>
    </message>
    <message>
        <source>The request was copied; paste it into a file elsewhere.</source>
        <translation>Die Anfrage wurde kopiert; fügen Sie sie an anderer Stelle in eine Datei ein.</translation>
    </message>
    <message>
        <source>Load license file</source>
        <translation>Lizenzdatei laden</translation>
    </message>
    <message>
        <source>License file (*.lic);;All files (*)</source>
        <translation>Lizenzdatei (*.lic);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>Passwörter &amp;anzeigen</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>Choose a password different from the one you were given.</source>
        <translation>Wählen Sie ein anderes Passwort als das zugewiesene.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Ihr Passwort wurde geändert. Verwenden Sie ab jetzt das neue.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Choose your own password</source>
        <translation>Eigenes Passwort festlegen</translation>
    </message>
    <message>
        <source>Your account still uses the password it was given. Please replace it.</source>
        <translation>Ihr Konto verwendet noch das zugewiesene Passwort. Bitte ersetzen Sie es.</translation>
    </message>
    <message>
        <source>Your account still uses the password it was given. You can replace it now, or press Next to keep it for now.</source>
        <translation>Ihr Konto verwendet noch das zugewiesene Passwort. Sie können es jetzt ersetzen oder auf „Weiter“ klicken, um es vorerst zu behalten.</translation>
    </message>
    <message>
        <source>Your account has its own password now. Press Next to go on.</source>
        <translation>Ihr Konto hat jetzt ein eigenes Passwort. Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Press Change password to use the new password, or clear both fields to keep the one you were given for now.</source>
        <translation>Klicken Sie auf „Passwort ändern“, um das neue Passwort zu verwenden, oder leeren Sie beide Felder, um das zugewiesene vorerst zu behalten.</translation>
    </message>
</context>
<context>
    <name>SdkOffer</name>
    <message>
        <source>&amp;Use this activation</source>
        <translation>Diese Aktivierung &amp;übernehmen</translation>
    </message>
    <message>
        <source>The license server confirms it; no second seat is used</source>
        <translation>Der Lizenzserver bestätigt sie; es wird kein zweiter Platz belegt</translation>
    </message>
    <message>
        <source>{product} is already activated on this computer by the program itself. Use this activation to manage it here; no second seat is used.</source>
        <translation>{product} wurde auf diesem Computer bereits vom Programm selbst aktiviert. Übernehmen Sie diese Aktivierung, um sie hier zu verwalten; es wird kein zweiter Platz belegt.</translation>
    </message>
    <message>
        <source>Taking it over; the license server confirms it…</source>
        <translation>Wird übernommen; der Lizenzserver bestätigt sie …</translation>
    </message>
</context>
<context>
    <name>SsoPage</name>
    <message>
        <source>Sign in with your organisation</source>
        <translation>Über Ihre Organisation anmelden</translation>
    </message>
    <message>
        <source>Your organisation&apos;s sign-in page opens in your web browser.</source>
        <translation>Die Anmeldeseite Ihrer Organisation wird in Ihrem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>Organisationscode</translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation>&amp;Organisationscode:</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation>Seite &amp;erneut öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adresse, bei der der Browser gelandet ist</translation>
    </message>
    <message>
        <source>http://127.0.0.1/…?code=…</source>
        <translation>http://127.0.0.1/…?code=…</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Adresse übernehmen</translation>
    </message>
    <message>
        <source>If the browser cannot come back to this program (it says the page cannot be reached), copy the whole address from its address bar and paste it here:</source>
        <translation>Wenn der Browser nicht zu diesem Programm zurückkehren kann (er meldet, dass die Seite nicht erreichbar ist), kopieren Sie die vollständige Adresse aus seiner Adressleiste und fügen Sie sie hier ein:</translation>
    </message>
    <message>
        <source>Sign in once more to activate the license you chose.</source>
        <translation>Melden Sie sich noch einmal an, um die gewählte Lizenz zu aktivieren.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Opening your organisation&apos;s sign-in page…</source>
        <translation>Die Anmeldeseite Ihrer Organisation wird geöffnet…</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser (a tab showing your organisation&apos;s sign-in page). This window carries on by itself afterwards.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Webbrowser ab (in einem Tab mit der Anmeldeseite Ihrer Organisation). Danach fährt dieses Fenster von selbst fort.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Press Copy link and open the address in a browser yourself.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Klicken Sie auf „Link kopieren“ und öffnen Sie die Adresse selbst in einem Browser.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in link was copied.</source>
        <translation>Der Anmeldelink wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>{name} is activated</source>
        <translation>{name} ist aktiviert</translation>
    </message>
    <message>
        <source>You can check the license with the server, or free this device&apos;s seat.</source>
        <translation>Sie können die Lizenz beim Server prüfen oder den Aktivierungsplatz dieses Geräts freigeben.</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Deactivate this device</source>
        <translation>&amp;Dieses Gerät deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate &amp;without internet…</source>
        <translation>&amp;Ohne Internet deaktivieren…</translation>
    </message>
    <message>
        <source>Load &amp;refresh file…</source>
        <translation>Aktualisierung &amp;laden…</translation>
    </message>
    <message>
        <source>Use &amp;another license</source>
        <translation>&amp;Andere Lizenz verwenden</translation>
    </message>
    <message>
        <source>{name}: the license cannot be used</source>
        <translation>{name}: Die Lizenz kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Renew at {url}</source>
        <translation>Verlängern unter {url}</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>offline, by file</source>
        <translation>offline, per Datei</translation>
    </message>
    <message>
        <source>offline, by codes</source>
        <translation>offline, mit Codes</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Uses not sent yet</source>
        <translation>Noch nicht gesendete Nutzungen</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Checking with the license server…</source>
        <translation>Wird beim Lizenzserver geprüft…</translation>
    </message>
    <message>
        <source>The license server confirmed this activation.</source>
        <translation>Der Lizenzserver hat diese Aktivierung bestätigt.</translation>
    </message>
    <message>
        <source>Borrowed until {when}: this computer keeps its seat offline.</source>
        <translation>Ausgeliehen bis {when}: Dieser Computer behält seinen Platz auch offline.</translation>
    </message>
    <message>
        <source>The seat is shared again.</source>
        <translation>Der Platz wird wieder geteilt.</translation>
    </message>
    <message>
        <source>Deactivate this device?</source>
        <translation>Dieses Gerät deaktivieren?</translation>
    </message>
    <message>
        <source>This frees the seat this device uses, so the license can be activated elsewhere. {name} will stop working here until you activate again.</source>
        <translation>Dadurch wird der Aktivierungsplatz dieses Geräts freigegeben, sodass die Lizenz anderswo aktiviert werden kann. {name} funktioniert hier erst wieder, wenn Sie erneut aktivieren.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Keep activation</source>
        <translation>Aktivierung &amp;behalten</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>This device was deactivated and its seat is free again.</source>
        <translation>Dieses Gerät wurde deaktiviert; sein Aktivierungsplatz ist wieder frei.</translation>
    </message>
    <message>
        <source>The license server answered that it has no such device on this license, but that answer cannot be verified, so whether the seat is free is unknown. If the vendor&apos;s customer portal still counts this device, release it there. The activation was removed here; a copy is kept in {path}.</source>
        <translation>Der Lizenzserver hat geantwortet, dass dieses Gerät nicht auf der Lizenz ist, aber diese Antwort lässt sich nicht prüfen; ob der Aktivierungsplatz frei ist, ist daher unbekannt. Wenn das Kundenportal des Herstellers dieses Gerät noch zählt, geben Sie es dort frei. Die Aktivierung wurde hier entfernt; eine Kopie liegt in {path}.</translation>
    </message>
    <message>
        <source>Save deactivation request</source>
        <translation>Deaktivierungsanfrage speichern</translation>
    </message>
    <message>
        <source>Request file (*.req)</source>
        <translation>Anfragedatei (*.req)</translation>
    </message>
    <message>
        <source>The activation was removed from this computer. Upload {path} to the offline portal ({portal}) from a computer with internet: the seat is freed then.</source>
        <translation>Die Aktivierung wurde von diesem Computer entfernt. Laden Sie {path} von einem Computer mit Internetzugang in das Offline-Portal ({portal}) hoch: Dann wird der Aktivierungsplatz freigegeben.</translation>
    </message>
    <message>
        <source>Writing the deactivation request…</source>
        <translation>Deaktivierungsanfrage wird geschrieben…</translation>
    </message>
    <message>
        <source>Load refresh file</source>
        <translation>Aktualisierungsdatei laden</translation>
    </message>
    <message>
        <source>License file (*.lic);;All files (*)</source>
        <translation>Lizenzdatei (*.lic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The refresh file was loaded; the details are updated.</source>
        <translation>Die Aktualisierungsdatei wurde geladen; die Angaben sind aktualisiert.</translation>
    </message>
    <message>
        <source>Loading the refresh file…</source>
        <translation>Aktualisierungsdatei wird geladen…</translation>
    </message>
    <message>
        <source>Use another license?</source>
        <translation>Andere Lizenz verwenden?</translation>
    </message>
    <message>
        <source>{name} is activated here with {current}. To use another license, this one is deactivated first: its seat is freed and can be used elsewhere.</source>
        <translation>{name} ist hier mit {current} aktiviert. Um eine andere Lizenz zu verwenden, wird diese zuerst deaktiviert: Ihr Aktivierungsplatz wird freigegeben und kann anderswo verwendet werden.</translation>
    </message>
    <message>
        <source>&amp;Deactivate and continue</source>
        <translation>&amp;Deaktivieren und fortfahren</translation>
    </message>
    <message>
        <source>&amp;Keep this license</source>
        <translation>Diese Lizenz &amp;behalten</translation>
    </message>
    <message>
        <source>The previous license was deactivated here and its seat is free. Choose how to activate the new one.</source>
        <translation>Die bisherige Lizenz wurde hier deaktiviert, ihr Aktivierungsplatz ist frei. Wählen Sie, wie Sie die neue aktivieren möchten.</translation>
    </message>
    <message>
        <source>The license server cannot be reached</source>
        <translation>Der Lizenzserver ist nicht erreichbar</translation>
    </message>
    <message>
        <source>{what} The current license cannot be deactivated now. You can keep it, or go on: its seat then stays counted until it is released in the vendor&apos;s customer portal (a copy of it is kept on this computer).</source>
        <translation>{what} Die aktuelle Lizenz kann jetzt nicht deaktiviert werden. Sie können sie behalten oder fortfahren: Ihr Aktivierungsplatz bleibt dann belegt, bis er im Kundenportal des Herstellers freigegeben wird (eine Kopie der Lizenz bleibt auf diesem Computer).</translation>
    </message>
    <message>
        <source>&amp;Go on without freeing it</source>
        <translation>&amp;Ohne Freigabe fortfahren</translation>
    </message>
    <message>
        <source>&amp;Keep the current license</source>
        <translation>Aktuelle Lizenz &amp;behalten</translation>
    </message>
    <message>
        <source>The previous license is no longer used here, but its seat is still counted: release it in the vendor&apos;s customer portal.</source>
        <translation>Die bisherige Lizenz wird hier nicht mehr verwendet, ihr Aktivierungsplatz ist aber noch belegt: Geben Sie ihn im Kundenportal des Herstellers frei.</translation>
    </message>
</context>
<context>
    <name>TrialPage</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Start a free trial</source>
        <translation>Kostenlose Testversion starten</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>a free {days}-day trial</source>
        <translation>eine kostenlose {days}-tägige Testversion</translation>
    </message>
    <message>
        <source>a free trial</source>
        <translation>eine kostenlose Testversion</translation>
    </message>
    <message>
        <source>Try {name} before you buy it.</source>
        <translation>Testen Sie {name} vor dem Kauf.</translation>
    </message>
    <message>
        <source>This starts {length} of {name} on this device, with an account for your e-mail address (its password is shown when the trial starts). Asking again gives you the same trial: then you sign in with that password.</source>
        <translation>Damit starten Sie {length} von {name} auf diesem Gerät, mit einem Konto für Ihre E-Mail-Adresse (sein Passwort wird beim Start der Testversion angezeigt). Erneutes Anfragen ergibt dieselbe Testversion: Dann melden Sie sich mit diesem Passwort an.</translation>
    </message>
    <message>
        <source>This starts {length} of {name} on this device. Nothing else is needed; asking again on this device gives you the same trial.</source>
        <translation>Damit starten Sie {length} von {name} auf diesem Gerät. Weitere Angaben sind nicht nötig; eine erneute Anfrage auf diesem Gerät liefert dieselbe Testversion.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Activate {name}</source>
        <translation>{name} aktivieren</translation>
    </message>
    <message>
        <source>This takes a minute. No internet here? Choose Activate without internet.</source>
        <translation>Das dauert nur eine Minute. Kein Internet? Wählen Sie „Ohne Internet aktivieren“.</translation>
    </message>
    <message>
        <source>This takes a minute and needs an internet connection.</source>
        <translation>Das dauert nur eine Minute und erfordert eine Internetverbindung.</translation>
    </message>
    <message>
        <source>I have a license &amp;key</source>
        <translation>Ich habe einen &amp;Lizenzschlüssel</translation>
    </message>
    <message>
        <source>&amp;Sign in with my account</source>
        <translation>Mit meinem &amp;Konto anmelden</translation>
    </message>
    <message>
        <source>Sign in with my &amp;organisation</source>
        <translation>Über meine &amp;Organisation anmelden</translation>
    </message>
    <message>
        <source>Start a free &amp;trial</source>
        <translation>Kostenlos &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Import a saved activation…</source>
        <translation>Aktivierung i&amp;mportieren…</translation>
    </message>
    <message>
        <source>A file saved when an activation could not be stored on this computer</source>
        <translation>Eine Datei, die gespeichert wurde, als eine Aktivierung nicht auf diesem Computer abgelegt werden konnte</translation>
    </message>
    <message>
        <source>Activate &amp;without internet…</source>
        <translation>Ohne &amp;Internet aktivieren…</translation>
    </message>
    <message>
        <source>For a computer that cannot go online: activate with files</source>
        <translation>Für Computer ohne Internetzugang: per Datei aktivieren</translation>
    </message>
    <message>
        <source>Cancel this &amp;request</source>
        <translation>Diese &amp;Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Read this computer&apos;s activation again</source>
        <translation>Die Aktivierung dieses Computers erneut lesen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Looking for an activation on this computer… Your system may ask for the password of its keyring, where the activation is kept.</source>
        <translation>Auf diesem Computer wird nach einer Aktivierung gesucht… Ihr System fragt eventuell nach dem Passwort seines Schlüsselbunds, in dem die Aktivierung aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Checking what this product offers…</source>
        <translation>Es wird geprüft, was dieses Produkt anbietet…</translation>
    </message>
    <message>
        <source>Continue activation &amp;without internet…</source>
        <translation>Aktivierung ohne &amp;Internet fortsetzen…</translation>
    </message>
    <message>
        <source>An offline request for {who} is waiting for its license file.</source>
        <translation>Eine Offline-Anfrage für {who} wartet auf ihre Lizenzdatei.</translation>
    </message>
    <message>
        <source>Cancel the offline request?</source>
        <translation>Offline-Anfrage abbrechen?</translation>
    </message>
    <message>
        <source>If the request file was already uploaded to the offline portal, its license file still works here (its seat is in use); or free that seat with a deactivation file (Activate without internet, then the status page).</source>
        <translation>Falls die Anfragedatei bereits in das Offline-Portal hochgeladen wurde, funktioniert die zugehörige Lizenzdatei hier trotzdem (ihr Aktivierungsplatz ist belegt); oder geben Sie diesen Platz mit einer Deaktivierungsdatei frei („Ohne Internet aktivieren“, dann die Statusseite).</translation>
    </message>
    <message>
        <source>Cancel the &amp;request</source>
        <translation>&amp;Anfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <source>The offline request was cancelled.</source>
        <translation>Die Offline-Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Before anything is sent, the next pages show you exactly what this device tells the license server.</source>
        <translation>Bevor etwas gesendet wird, zeigen Ihnen die nächsten Seiten genau, was dieses Gerät dem Lizenzserver mitteilt.</translation>
    </message>
    <message>
        <source>the license key from your purchase confirmation e-mail</source>
        <translation>den Lizenzschlüssel aus der Bestätigungs-E-Mail zu Ihrem Kauf</translation>
    </message>
    <message>
        <source>the e-mail address and password of your account</source>
        <translation>die E-Mail-Adresse und das Passwort Ihres Kontos</translation>
    </message>
    <message>
        <source>your organisation&apos;s sign-in in the web browser</source>
        <translation>die Anmeldung Ihrer Organisation im Webbrowser</translation>
    </message>
    <message>
        <source>just your e-mail address for a free trial</source>
        <translation>für eine kostenlose Testversion nur Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>nothing at all for a free trial</source>
        <translation>für eine kostenlose Testversion gar nichts</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You will need {needs}. Before anything is sent, the next pages show you exactly what this device tells the license server.</source>
        <translation>Sie benötigen {needs}. Bevor etwas gesendet wird, zeigen Ihnen die nächsten Seiten genau, was dieses Gerät dem Lizenzserver mitteilt.</translation>
    </message>
    <message>
        <source>Import activation</source>
        <translation>Aktivierung importieren</translation>
    </message>
    <message>
        <source>Activation recovery file (*.json)</source>
        <translation>Aktivierungs-Wiederherstellungsdatei (*.json)</translation>
    </message>
    <message>
        <source>Importing; the license server confirms it…</source>
        <translation>Wird importiert; der Lizenzserver bestätigt sie…</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>use at least {n} characters</source>
        <translation>verwenden Sie mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>choose a password different from the current one</source>
        <translation>wählen Sie ein anderes Passwort als das aktuelle</translation>
    </message>
    <message>
        <source>it contains control characters (a tab, a line break)</source>
        <translation>es enthält Steuerzeichen (einen Tabulator, einen Zeilenumbruch)</translation>
    </message>
    <message>
        <source>it is longer than {n} characters</source>
        <translation>es ist länger als {n} Zeichen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed on this device.
Please send the details below, or the log {log}, to support.</source>
        <translation>Ein Fehler ist aufgetreten. Auf diesem Gerät wurde nichts geändert.
Bitte senden Sie die Details unten oder das Protokoll {log} an den Support.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>error: {title}</source>
        <translation>Fehler: {title}</translation>
    </message>
    <message>
        <source>server code: {code}</source>
        <translation>Servercode: {code}</translation>
    </message>
    <message>
        <source>another window or command is activating or deactivating this product on this computer; waiting for it to finish (Ctrl+C stops waiting).</source>
        <translation>ein anderes Fenster oder ein anderer Befehl aktiviert oder deaktiviert dieses Produkt auf diesem Computer; es wird gewartet, bis er fertig ist (Strg+C beendet das Warten).</translation>
    </message>
    <message>
        <source>note: an interrupted activation could not be settled yet ({title}); it is tried again next time.</source>
        <translation>Hinweis: Eine unterbrochene Aktivierung konnte noch nicht abgeschlossen werden ({title}); beim nächsten Mal wird es erneut versucht.</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <source>there is no translation for {language}; the texts stay in English (dates and numbers follow {language}). Shipped: {shipped}.</source>
        <translation>für {language} gibt es keine Übersetzung; die Texte bleiben englisch (Datum und Zahlen folgen {language}). Mitgeliefert: {shipped}.</translation>
    </message>
    <message>
        <source>{name} is not a setting of this program; it is ignored.</source>
        <translation>{name} ist keine Einstellung dieses Programms; die Variable wird ignoriert.</translation>
    </message>
    <message>
        <source>{name} is not a setting of this program (did you mean {closest}?); it is ignored.</source>
        <translation>{name} ist keine Einstellung dieses Programms (meinten Sie {closest}?); die Variable wird ignoriert.</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the {what} is not valid UTF-8 text</source>
        <translation>{what}: kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>no terminal to ask for it on: give it with --password-stdin</source>
        <translation>kein Terminal für die Eingabe: über --password-stdin angeben</translation>
    </message>
    <message>
        <source>none was typed</source>
        <translation>es wurde nichts eingegeben</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Passwort für {email}: </translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>must be a license number from &apos;licenses&apos;</source>
        <translation>muss eine Lizenznummer aus „licenses“ sein</translation>
    </message>
    <message>
        <source>goes with --username or --sso, not a license key</source>
        <translation>gehört zu --username oder --sso, nicht zu einem Lizenzschlüssel</translation>
    </message>
    <message>
        <source>name the organisation code (or set sso.customer_account_code)</source>
        <translation>geben Sie den Organisationscode an (oder setzen Sie sso.customer_account_code)</translation>
    </message>
    <message>
        <source>Sign in with your organisation in a web browser:
  {url}</source>
        <translation>Melden Sie sich in einem Webbrowser bei Ihrer Organisation an:
  {url}</translation>
    </message>
    <message>
        <source>Waiting for the browser. If it cannot come back here, paste the address it ended on and press Enter.</source>
        <translation>Warten auf den Browser. Wenn er nicht hierher zurückkehren kann, fügen Sie die Adresse ein, bei der er geendet hat, und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Paste it again, or finish signing in in the browser.</source>
        <translation>Fügen Sie sie erneut ein, oder schließen Sie die Anmeldung im Browser ab.</translation>
    </message>
    <message>
        <source>The cancelled activation is checked with the server the next time.</source>
        <translation>Die abgebrochene Aktivierung wird beim nächsten Mal mit dem Server abgeglichen.</translation>
    </message>
    <message>
        <source>takes its path itself, not a file</source>
        <translation>nimmt seinen Pfad selbst, keine Datei</translation>
    </message>
    <message>
        <source>name a recovery file, or use --sdk-file</source>
        <translation>nennen Sie eine Wiederherstellungsdatei oder verwenden Sie --sdk-file</translation>
    </message>
    <message>
        <source>Saved to {path}. It holds the license key: keep it private.</source>
        <translation>Gespeichert in {path}. Die Datei enthält den Lizenzschlüssel: geben Sie sie nicht weiter.</translation>
    </message>
    <message>
        <source>Your trial account&apos;s password: {password} (note it down, or change it with: activation-wizard change-password --username {email}).</source>
        <translation>Das Passwort Ihres Testkontos: {password} (notieren Sie es, oder ändern Sie es mit: activation-wizard change-password --username {email}).</translation>
    </message>
    <message>
        <source>error: the server accepted the activation, but saving it failed: {what}</source>
        <translation>Fehler: Der Server hat die Aktivierung angenommen, aber das Speichern ist fehlgeschlagen: {what}</translation>
    </message>
    <message>
        <source>It could not be written to a file either; run the same command again once the problem is fixed: it will not use another seat.</source>
        <translation>Sie konnte auch nicht in eine Datei geschrieben werden; führen Sie denselben Befehl erneut aus, sobald das Problem behoben ist: Dabei wird kein weiterer Aktivierungsplatz belegt.</translation>
    </message>
    <message>
        <source>It was saved to {file} (keep it private: it holds your license key).
{todo}
Then run: activation-wizard import {file}</source>
        <translation>Sie wurde in {file} gespeichert (geben Sie die Datei nicht weiter: Sie enthält Ihren Lizenzschlüssel).
{todo}
Führen Sie dann aus: activation-wizard import {file}</translation>
    </message>
    <message>
        <source>This account has no licenses of this product.</source>
        <translation>Dieses Konto hat keine Lizenzen für dieses Produkt.</translation>
    </message>
    <message>
        <source>  (cannot be used: {why})</source>
        <translation>  (nicht nutzbar: {why})</translation>
    </message>
    <message>
        <source>, devices: {seats}</source>
        <translation>, Geräte: {seats}</translation>
    </message>
    <message>
        <source>{id}: {kind}, expires: {when}</source>
        <translation>{id}: {kind}, Ablauf: {when}</translation>
    </message>
    <message>
        <source>Current password for {email}: </source>
        <translation>Aktuelles Passwort für {email}: </translation>
    </message>
    <message>
        <source>current password</source>
        <translation>aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>new password</source>
        <translation>neues Passwort</translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>Not confirmed by the server: it answered that it has no such device on {who}. That answer is not signed, so whether the seat is free is unknown: if the vendor&apos;s customer portal still counts this device, release it there.
The activation was removed here; a copy is kept in {path} (activation-wizard import FILE brings it back).</source>
        <translation>Vom Server nicht bestätigt: Er hat geantwortet, dass dieses Gerät nicht auf {who} ist. Diese Antwort ist nicht signiert; ob der Aktivierungsplatz frei ist, ist daher unbekannt: Wenn das Kundenportal des Herstellers dieses Gerät noch zählt, geben Sie es dort frei.
Die Aktivierung wurde hier entfernt; eine Kopie liegt in {path} (activation-wizard import DATEI stellt sie wieder her).</translation>
    </message>
    <message>
        <source>the sandbox is not part of this build</source>
        <translation>die Sandbox ist nicht Teil dieses Builds</translation>
    </message>
    <message>
        <source>this build does not take it (QA builds do: bundle --qa)</source>
        <translation>dieser Build nimmt es nicht an (QA-Builds schon: bundle --qa)</translation>
    </message>
    <message>
        <source>not a sandbox line (the JSON object `activation-wizard sandbox` prints)</source>
        <translation>keine Sandbox-Zeile (das JSON-Objekt, das `activation-wizard sandbox` ausgibt)</translation>
    </message>
    <message>
        <source>, features: {features}</source>
        <translation>, Funktionen: {features}</translation>
    </message>
    <message>
        <source>note: the previous license {who} is no longer used here, but its seat is still counted: release it in the vendor&apos;s customer portal. A copy is kept in {path}.</source>
        <translation>Hinweis: Die vorherige Lizenz {who} wird hier nicht mehr verwendet, ihr Platz wird aber weiter gezählt: Geben Sie ihn im Kundenportal des Herstellers frei. Eine Kopie liegt in {path}.</translation>
    </message>
    <message>
        <source>Activate one with: activation-wizard activate --username EMAIL --license-id N</source>
        <translation>Eine davon aktivieren: activation-wizard activate --username E-MAIL --license-id N</translation>
    </message>
    <message>
        <source>a trial of this product is tied to an e-mail address</source>
        <translation>eine Testversion dieses Produkts ist an eine E-Mail-Adresse gebunden</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>die beiden Eingaben unterscheiden sich</translation>
    </message>
    <message>
        <source>The password of {email} was changed.</source>
        <translation>Das Passwort von {email} wurde geändert.</translation>
    </message>
    <message>
        <source>Wrote {file}. Take it to {portal} on a computer with internet, upload it,
and bring back the license file: activation-wizard offline activate FILE</source>
        <translation>{file} wurde geschrieben. Bringen Sie die Datei zu {portal} auf einem Computer mit Internet, laden Sie sie hoch
und bringen Sie die Lizenzdatei zurück: activation-wizard offline activate DATEI</translation>
    </message>
    <message>
        <source>The file holds the account&apos;s password (offline activation needs it): keep it private and delete it once it is uploaded.</source>
        <translation>Die Datei enthält das Passwort des Kontos (die Offline-Aktivierung braucht es): Halten Sie sie vertraulich und löschen Sie sie nach dem Hochladen.</translation>
    </message>
    <message>
        <source>Wrote {file}; nothing of the license is left active on this computer. The seat
is freed when the file is uploaded to the vendor&apos;s offline portal.</source>
        <translation>{file} wurde geschrieben; auf diesem Computer ist nichts von der Lizenz mehr aktiv. Der Platz
wird frei, sobald die Datei im Offline-Portal des Herstellers hochgeladen ist.</translation>
    </message>
    <message>
        <source>A request for {who} is waiting for its license file.</source>
        <translation>Eine Anfrage für {who} wartet auf ihre Lizenzdatei.</translation>
    </message>
    <message>
        <source>No offline request is waiting.</source>
        <translation>Keine Offline-Anfrage wartet.</translation>
    </message>
    <message>
        <source>{pair} has no &apos;=&apos; (write NAME=VALUE)</source>
        <translation>{pair} enthält kein „=“ (schreiben Sie NAME=WERT)</translation>
    </message>
    <message>
        <source>{pair} has no name before &apos;=&apos;</source>
        <translation>{pair} hat keinen Namen vor „=“</translation>
    </message>
    <message>
        <source>note: the previous license {who} was deactivated first; its seat is free.</source>
        <translation>Hinweis: Die bisherige Lizenz {who} wurde zuerst deaktiviert; ihr Aktivierungsplatz ist frei.</translation>
    </message>
    <message>
        <source>Deactivated {who} on this device; its seat is free.</source>
        <translation>{who} wurde auf diesem Gerät deaktiviert; der Platz ist frei.</translation>
    </message>
    <message>
        <source>This device was already activated on this license; no extra seat was used.</source>
        <translation>Dieses Gerät war bereits mit dieser Lizenz aktiviert; es wurde kein weiterer Platz belegt.</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>This license has no features.</source>
        <translation>Diese Lizenz hat keine Funktionen.</translation>
    </message>
    <message>
        <source> (until {when})</source>
        <translation> (bis {when})</translation>
    </message>
    <message>
        <source> (ended {when})</source>
        <translation> (abgelaufen am {when})</translation>
    </message>
    <message>
        <source>The seat of feature {code} is free.</source>
        <translation>Der Platz der Funktion {code} ist frei.</translation>
    </message>
    <message>
        <source>Used: {used} of {limit}</source>
        <translation>Verbraucht: {used} von {limit}</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Floating: {used} of {seats} seats in use</source>
        <translation>Floating: {used} von {seats} Plätzen belegt</translation>
    </message>
    <message>
        <source>Counted. Total used: {total}</source>
        <translation>Gezählt. Insgesamt verbraucht: {total}</translation>
    </message>
    <message>
        <source>The floating seat is free.</source>
        <translation>Der Floating-Platz ist frei.</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>von 1 bis {most}</translation>
    </message>
    <message>
        <source>it is in the past</source>
        <translation>er liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Passwort für {user}: </translation>
    </message>
    <message>
        <source>Borrowed until {when}: this computer keeps its seat offline.</source>
        <translation>Ausgeliehen bis {when}: Dieser Computer behält seinen Platz auch offline.</translation>
    </message>
    <message>
        <source>the server lists no versions of this product</source>
        <translation>der Server führt keine Versionen dieses Produkts</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-12-24T18:00</source>
        <translation>{value} ist kein Datum wie 2026-12-24T18:00</translation>
    </message>
    <message>
        <source>Read these to the portal for {key}:</source>
        <translation>Lesen Sie dem Portal für {key} Folgendes vor:</translation>
    </message>
    <message>
        <source>Then type the confirmation code it gives: activation-wizard airgap activate --license-key KEY CODE</source>
        <translation>Tippen Sie dann den Bestätigungscode ein, den es anzeigt: activation-wizard airgap activate --license-key KEY CODE</translation>
    </message>
    <message>
        <source>name the policy file (or set airgap.policy_file)</source>
        <translation>nennen Sie die Richtliniendatei (oder setzen Sie airgap.policy_file)</translation>
    </message>
    <message>
        <source>The activation was removed here. Read the code to the portal to free the seat.</source>
        <translation>Die Aktivierung wurde hier entfernt. Lesen Sie dem Portal den Code vor, um den Platz freizugeben.</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>print JSON, for scripts</source>
        <translation>JSON ausgeben, für Skripte</translation>
    </message>
    <message>
        <source>replace another license active here: deactivate it first (the default), or abandon it (its seat stays counted; a copy is kept for import)</source>
        <translation>eine andere hier aktive Lizenz ersetzen: sie zuerst deaktivieren (Standard) oder aufgeben (ihr Aktivierungsplatz bleibt gezählt; eine Kopie bleibt zum Importieren erhalten)</translation>
    </message>
    <message>
        <source>configuration (override the TOML file)</source>
        <translation>Konfiguration (überschreibt die TOML-Datei)</translation>
    </message>
    <message>
        <source>vendor configuration (TOML)</source>
        <translation>Konfiguration des Herstellers (TOML)</translation>
    </message>
    <message>
        <source>product short code</source>
        <translation>Kurzcode des Produkts</translation>
    </message>
    <message>
        <source>RSA public key: PEM file or text</source>
        <translation>öffentlicher RSA-Schlüssel: PEM-Datei oder Text</translation>
    </message>
    <message>
        <source>extra CA bundle for TLS</source>
        <translation>zusätzliches CA-Bündel für TLS</translation>
    </message>
    <message>
        <source>language of the wizard and its messages: en, de, ja (default: the system&apos;s)</source>
        <translation>Sprache des Assistenten und seiner Meldungen: en, de, ja (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>start the built-in sandbox in this process and use it</source>
        <translation>die eingebaute Sandbox in diesem Prozess starten und verwenden</translation>
    </message>
    <message>
        <source>QA builds: use a running sandbox, given the JSON line it printed (or @FILE)</source>
        <translation>QA-Builds: eine laufende Sandbox nutzen, angegeben durch die JSON-Zeile, die sie ausgab (oder @DATEI)</translation>
    </message>
    <message>
        <source>Activate this product with a license key; no command opens the wizard.</source>
        <translation>Dieses Produkt mit einem Lizenzschlüssel aktivieren; ohne Befehl öffnet sich der Assistent.</translation>
    </message>
    <message>
        <source>check this installation</source>
        <translation>diese Installation prüfen</translation>
    </message>
    <message>
        <source>log to stderr (-vv: with HTTP details)</source>
        <translation>auf stderr protokollieren (-vv: mit HTTP-Details)</translation>
    </message>
    <message>
        <source>quit as soon as the wizard&apos;s first page is painted, printing the moment (the system&apos;s monotonic clock; to time start-up)</source>
        <translation>beenden, sobald die erste Seite des Assistenten gezeichnet ist, und den Zeitpunkt ausgeben (monotone Uhr des Systems; zum Messen des Starts)</translation>
    </message>
    <message>
        <source>activate this device</source>
        <translation>dieses Gerät aktivieren</translation>
    </message>
    <message>
        <source>user-based license (asks for password)</source>
        <translation>benutzerbasierte Lizenz (fragt nach dem Passwort)</translation>
    </message>
    <message>
        <source>sign in with your organisation in the browser (code from the config if omitted)</source>
        <translation>im Browser bei Ihrer Organisation anmelden (ohne Angabe: Code aus der Konfiguration)</translation>
    </message>
    <message>
        <source>take over the official SDK&apos;s license file instead (default: the configured one, or the SDK&apos;s own place); no second seat</source>
        <translation>stattdessen die Lizenzdatei des offiziellen SDK übernehmen (Standard: die konfigurierte oder der eigene Ort des SDK); kein zweiter Platz</translation>
    </message>
    <message>
        <source>save the stored activation to a recovery file (for import, on this device)</source>
        <translation>die gespeicherte Aktivierung in eine Wiederherstellungsdatei sichern (für import, auf diesem Gerät)</translation>
    </message>
    <message>
        <source>read the password from stdin</source>
        <translation>das Passwort von stdin lesen</translation>
    </message>
    <message>
        <source>which of the account&apos;s licenses (see licenses)</source>
        <translation>welche Lizenz des Kontos (siehe licenses)</translation>
    </message>
    <message>
        <source>list an account&apos;s licenses of this product</source>
        <translation>die Lizenzen eines Kontos für dieses Produkt auflisten</translation>
    </message>
    <message>
        <source>start (or resume) a free trial</source>
        <translation>eine kostenlose Testversion starten (oder fortsetzen)</translation>
    </message>
    <message>
        <source>needed for user-based products</source>
        <translation>für benutzerbasierte Produkte nötig</translation>
    </message>
    <message>
        <source>change an account&apos;s password (asks, or reads current and new from stdin)</source>
        <translation>das Passwort eines Kontos ändern (fragt, oder liest aktuelles und neues von stdin)</translation>
    </message>
    <message>
        <source>read current, then new, one per line</source>
        <translation>erst das aktuelle, dann das neue lesen, eines pro Zeile</translation>
    </message>
    <message>
        <source>activate or deactivate by file</source>
        <translation>per Datei aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>write the request file</source>
        <translation>die Anfragedatei schreiben</translation>
    </message>
    <message>
        <source>default: activation.req here</source>
        <translation>Standard: activation.req hier</translation>
    </message>
    <message>
        <source>load the license file</source>
        <translation>die Lizenzdatei laden</translation>
    </message>
    <message>
        <source>the .lic from the portal, or - for stdin</source>
        <translation>die .lic vom Portal, oder - für stdin</translation>
    </message>
    <message>
        <source>write the deactivation request file</source>
        <translation>die Deaktivierungsanfrage schreiben</translation>
    </message>
    <message>
        <source>default: deactivation.req here</source>
        <translation>Standard: deactivation.req hier</translation>
    </message>
    <message>
        <source>a pending request?</source>
        <translation>eine offene Anfrage?</translation>
    </message>
    <message>
        <source>device variables</source>
        <translation>Gerätevariablen</translation>
    </message>
    <message>
        <source>read them from the server</source>
        <translation>sie vom Server lesen</translation>
    </message>
    <message>
        <source>set NAME=VALUE ...</source>
        <translation>NAME=WERT … setzen</translation>
    </message>
    <message>
        <source>check configuration, keyring, network, TLS and clock; --json for support</source>
        <translation>Konfiguration, Schlüsselbund, Netzwerk, TLS und Uhr prüfen; --json für den Support</translation>
    </message>
    <message>
        <source>show the stored activation</source>
        <translation>die gespeicherte Aktivierung anzeigen</translation>
    </message>
    <message>
        <source>ask the server about the stored activation</source>
        <translation>den Server zur gespeicherten Aktivierung befragen</translation>
    </message>
    <message>
        <source>show what is sent about this device</source>
        <translation>anzeigen, was über dieses Gerät gesendet wird</translation>
    </message>
    <message>
        <source>free this device&apos;s seat</source>
        <translation>den Aktivierungsplatz dieses Geräts freigeben</translation>
    </message>
    <message>
        <source>import an activation recovery file</source>
        <translation>eine Aktivierungs-Wiederherstellungsdatei importieren</translation>
    </message>
    <message>
        <source>serve the local License API sandbox</source>
        <translation>die lokale License-API-Sandbox bereitstellen</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = ein beliebiger freier Port</translation>
    </message>
    <message>
        <source>SQLite file (kept between runs)</source>
        <translation>SQLite-Datei (bleibt zwischen Läufen erhalten)</translation>
    </message>
    <message>
        <source>HTTPS with the sandbox&apos;s own CA</source>
        <translation>HTTPS mit der eigenen CA der Sandbox</translation>
    </message>
    <message>
        <source>answer every call this late (s)</source>
        <translation>jeden Aufruf so spät beantworten (s)</translation>
    </message>
    <message>
        <source>inject a fault on every matching request (see app/sandbox/faults.py), e.g. drop_after@activate_license, rate_limit:date+30, error_5xx:503:10</source>
        <translation>bei jeder passenden Anfrage einen Fehler einspeisen (siehe app/sandbox/faults.py), z. B. drop_after@activate_license, rate_limit:date+30, error_5xx:503:10</translation>
    </message>
    <message>
        <source>log every request</source>
        <translation>jede Anfrage protokollieren</translation>
    </message>
    <message>
        <source>accept a Date this many minutes ahead (undocumented upstream)</source>
        <translation>ein Date so viele Minuten in der Zukunft annehmen (upstream nicht dokumentiert)</translation>
    </message>
    <message>
        <source>HTTP status of signature_mismatch (the docs say both)</source>
        <translation>HTTP-Status von signature_mismatch (die Doku nennt beide)</translation>
    </message>
    <message>
        <source>error code for a wrong account password (not published upstream)</source>
        <translation>Fehlercode für ein falsches Kontopasswort (upstream nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>OAuth access token lifetime (the docs&apos; example: 480)</source>
        <translation>Lebensdauer des OAuth-Zugriffstokens (Beispiel der Doku: 480)</translation>
    </message>
    <message>
        <source>the license&apos;s features and their ends</source>
        <translation>die Funktionen der Lizenz und ihr Ende</translation>
    </message>
    <message>
        <source>ask the server about one feature</source>
        <translation>den Server zu einer Funktion befragen</translation>
    </message>
    <message>
        <source>check CODE (takes a floating feature&apos;s seat)</source>
        <translation>check CODE (belegt den Platz einer Floating-Funktion)</translation>
    </message>
    <message>
        <source>release CODE (frees a floating feature&apos;s seat)</source>
        <translation>release CODE (gibt den Platz einer Floating-Funktion frei)</translation>
    </message>
    <message>
        <source>count N uses of a consumption license</source>
        <translation>N Nutzungen einer Verbrauchslizenz zählen</translation>
    </message>
    <message>
        <source>negative: give back</source>
        <translation>negativ: zurückgeben</translation>
    </message>
    <message>
        <source>a consumption feature&apos;s uses</source>
        <translation>Nutzungen einer Verbrauchsfunktion</translation>
    </message>
    <message>
        <source>a floating license&apos;s seat</source>
        <translation>der Platz einer Floating-Lizenz</translation>
    </message>
    <message>
        <source>keep the seat offline</source>
        <translation>den Platz offline behalten</translation>
    </message>
    <message>
        <source>e.g. 2026-12-24 or 2026-12-24T18:00</source>
        <translation>z. B. 2026-12-24 oder 2026-12-24T18:00</translation>
    </message>
    <message>
        <source>from now</source>
        <translation>ab jetzt</translation>
    </message>
    <message>
        <source>an account&apos;s password, from stdin</source>
        <translation>das Passwort eines Kontos, von stdin</translation>
    </message>
    <message>
        <source>free the seat now (ends a borrow)</source>
        <translation>den Platz jetzt freigeben (beendet eine Ausleihe)</translation>
    </message>
    <message>
        <source>the product&apos;s versions, newest last</source>
        <translation>die Versionen des Produkts, die neueste zuletzt</translation>
    </message>
    <message>
        <source>e.g. win64, linux</source>
        <translation>z. B. win64, linux</translation>
    </message>
    <message>
        <source>e.g. beta</source>
        <translation>z. B. beta</translation>
    </message>
    <message>
        <source>print the installation file of VERSION (default: latest)</source>
        <translation>die Installationsdatei von VERSION ausgeben (Standard: die neueste)</translation>
    </message>
    <message>
        <source>activate or deactivate by codes read out</source>
        <translation>mit vorgelesenen Codes aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>the code to read out to the portal</source>
        <translation>der Code, der dem Portal vorgelesen wird</translation>
    </message>
    <message>
        <source>the initialization code the portal shows</source>
        <translation>der Initialisierungscode, den das Portal anzeigt</translation>
    </message>
    <message>
        <source>type in the confirmation code from the portal</source>
        <translation>den Bestätigungscode des Portals eintippen</translation>
    </message>
    <message>
        <source>the policy file (default: airgap.policy_file)</source>
        <translation>die Richtliniendatei (Standard: airgap.policy_file)</translation>
    </message>
    <message>
        <source>the confirmation code (its groups as separate words too)</source>
        <translation>der Bestätigungscode (seine Gruppen auch als einzelne Wörter)</translation>
    </message>
    <message>
        <source>the deactivation code to read out; removes it here</source>
        <translation>der Deaktivierungscode zum Vorlesen; entfernt sie hier</translation>
    </message>
</context>
<context>
    <name>device</name>
    <message>
        <source>Identifies this device to the license server, so one seat is counted for it however often you activate. A one-way hash: it reveals nothing about your files.</source>
        <translation>Identifiziert dieses Gerät gegenüber dem Lizenzserver, sodass dafür nur ein Aktivierungsplatz gezählt wird, egal wie oft Sie aktivieren. Ein Einweg-Hash: Er verrät nichts über Ihre Dateien.</translation>
    </message>
    <message>
        <source>Lets the vendor&apos;s support see which system a seat is on.</source>
        <translation>Damit sieht der Support des Herstellers, auf welchem System ein Aktivierungsplatz belegt ist.</translation>
    </message>
    <message>
        <source>Helps you recognise this device in the vendor&apos;s customer portal.</source>
        <translation>Hilft Ihnen, dieses Gerät im Kundenportal des Herstellers wiederzuerkennen.</translation>
    </message>
    <message>
        <source>The name the operating system gives this computer; same purpose.</source>
        <translation>Der Name, den das Betriebssystem diesem Computer gibt; gleicher Zweck.</translation>
    </message>
    <message>
        <source>The address of the network interface used to reach the internet.</source>
        <translation>Die Adresse der Netzwerkschnittstelle, über die das Internet erreicht wird.</translation>
    </message>
    <message>
        <source>The local network address; helps support tell devices apart.</source>
        <translation>Die Adresse im lokalen Netzwerk; hilft dem Support, Geräte zu unterscheiden.</translation>
    </message>
    <message>
        <source>The network card of that interface; helps support tell devices apart.</source>
        <translation>Die Netzwerkkarte dieser Schnittstelle; hilft dem Support, Geräte zu unterscheiden.</translation>
    </message>
    <message>
        <source>Some licenses may not be used in virtual machines or containers.</source>
        <translation>Manche Lizenzen dürfen nicht in virtuellen Maschinen oder Containern verwendet werden.</translation>
    </message>
    <message>
        <source>Which virtual machine or container was detected, if any.</source>
        <translation>Welche virtuelle Maschine bzw. welcher Container erkannt wurde, falls vorhanden.</translation>
    </message>
    <message>
        <source>Which version of the program is being activated.</source>
        <translation>Welche Version des Programms aktiviert wird.</translation>
    </message>
    <message>
        <source>Which version of this activation wizard sent the request.</source>
        <translation>Welche Version dieses Aktivierungsassistenten die Anfrage gesendet hat.</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>Hardware-ID</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>OS host name</source>
        <translation>Hostname des Betriebssystems</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Local IP address</source>
        <translation>Lokale IP-Adresse</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <source>Detected environment</source>
        <translation>Erkannte Umgebung</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>Wizard version</source>
        <translation>Version des Assistenten</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
</context>
<context>
    <name>key</name>
    <message>
        <source>The key contains letters of another alphabet that only look like Latin ones ({chars}). Switch the keyboard to a Latin layout and type them again.</source>
        <translation>Der Schlüssel enthält Buchstaben eines anderen Alphabets, die nur wie lateinische aussehen ({chars}). Stellen Sie die Tastatur auf ein lateinisches Layout um und geben Sie diese Zeichen erneut ein.</translation>
    </message>
    <message>
        <source>A license key has no “{chars}”. Check the key for typing mistakes.</source>
        <translation>„{chars}“ kommt in einem Lizenzschlüssel nicht vor. Prüfen Sie den Schlüssel auf Tippfehler.</translation>
    </message>
    <message>
        <source>Keep typing: a key looks like ABCD-1234-EFGH-5678.</source>
        <translation>Bitte weiter eingeben – ein Schlüssel sieht so aus: ABCD-1234-EFGH-5678.</translation>
    </message>
    <message>
        <source>This does not look like a license key (ABCD-1234-EFGH-5678).</source>
        <translation>Das sieht nicht wie ein Lizenzschlüssel aus (ABCD-1234-EFGH-5678).</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the saved license data was altered or not signed by the license server</source>
        <translation>die gespeicherten Lizenzdaten wurden verändert oder nicht vom Lizenzserver signiert</translation>
    </message>
    <message>
        <source>it was made for another device (it may have been copied here)</source>
        <translation>sie wurde für ein anderes Gerät erstellt (möglicherweise wurde sie hierher kopiert)</translation>
    </message>
    <message>
        <source>it belongs to another product</source>
        <translation>sie gehört zu einem anderen Produkt</translation>
    </message>
    <message>
        <source>the license has expired</source>
        <translation>die Lizenz ist abgelaufen</translation>
    </message>
    <message>
        <source>That sign-in was used already: each sign-in with your organisation counts once.</source>
        <translation>Diese Anmeldung wurde bereits verwendet: Jede Anmeldung bei Ihrer Organisation gilt nur einmal.</translation>
    </message>
    <message>
        <source>The license server already has this device on your organisation&apos;s license. To fetch that activation, this computer needs to know which account it belongs to.</source>
        <translation>Der Lizenzserver hat dieses Gerät bereits auf der Lizenz Ihrer Organisation. Um diese Aktivierung abzurufen, muss dieser Computer wissen, zu welchem Konto sie gehört.</translation>
    </message>
    <message>
        <source>Your sign-in was used to look up an interrupted activation, which had not reached the license server. Activating needs one more sign-in.</source>
        <translation>Ihre Anmeldung wurde verwendet, um eine unterbrochene Aktivierung nachzuschlagen; diese hatte den Lizenzserver nicht erreicht. Zum Aktivieren ist eine weitere Anmeldung nötig.</translation>
    </message>
    <message>
        <source>this program is not set up for activation without a network (it has no air-gap key)</source>
        <translation>dieses Programm ist nicht für die Aktivierung ohne Netzwerk eingerichtet (es hat keinen Air-Gap-Schlüssel)</translation>
    </message>
    <message>
        <source>the code is not complete: it has a different number of characters</source>
        <translation>der Code ist nicht vollständig: Er hat eine andere Anzahl Zeichen</translation>
    </message>
    <message>
        <source>the code has characters a code cannot have</source>
        <translation>der Code enthält Zeichen, die ein Code nicht haben kann</translation>
    </message>
    <message>
        <source>group {group} of the code looks mistyped: compare it character by character</source>
        <translation>Gruppe {group} des Codes scheint vertippt: Vergleichen Sie sie Zeichen für Zeichen</translation>
    </message>
    <message>
        <source>the initialization code is not one: copy it from the portal again</source>
        <translation>der Initialisierungscode ist keiner: Übernehmen Sie ihn erneut aus dem Portal</translation>
    </message>
    <message>
        <source>the confirmation code is not the one for this computer, license key and policy: compare it character by character, or ask the portal again</source>
        <translation>der Bestätigungscode gehört nicht zu diesem Computer, Lizenzschlüssel und dieser Richtlinie: Vergleichen Sie ihn Zeichen für Zeichen oder fragen Sie das Portal erneut</translation>
    </message>
    <message>
        <source>the policy file is for another product</source>
        <translation>die Richtliniendatei ist für ein anderes Produkt</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it is not a license file of this program&apos;s SDK: another program&apos;s key, another format, or damaged</source>
        <translation>sie ist keine Lizenzdatei des SDK dieses Programms: Schlüssel eines anderen Programms, anderes Format oder beschädigt</translation>
    </message>
    <message>
        <source>it holds no license of this product</source>
        <translation>sie enthält keine Lizenz dieses Produkts</translation>
    </message>
    <message>
        <source>it was made for another hardware id (the program&apos;s configuration should set device.hardware_id = &quot;sdk&quot;)</source>
        <translation>sie wurde für eine andere Hardware-ID erstellt (die Konfiguration des Programms sollte device.hardware_id = &quot;sdk&quot; setzen)</translation>
    </message>
    <message>
        <source>it was activated offline, which the license server cannot confirm; activate offline in the wizard</source>
        <translation>sie wurde offline aktiviert, was der Lizenzserver nicht bestätigen kann; aktivieren Sie offline im Assistenten</translation>
    </message>
    <message>
        <source>the license server no longer has this device&apos;s activation (it was deactivated or moved); activate again</source>
        <translation>der Lizenzserver hat die Aktivierung dieses Geräts nicht mehr (sie wurde deaktiviert oder übertragen); aktivieren Sie erneut</translation>
    </message>
    <message>
        <source>this computer already holds another activation of this product here; deactivate it first</source>
        <translation>dieser Computer hat hier bereits eine andere Aktivierung dieses Produkts; deaktivieren Sie diese zuerst</translation>
    </message>
    <message>
        <source>its signature does not match: it was changed, or not made by the license server for this program</source>
        <translation>ihre Signatur stimmt nicht überein; sie wurde verändert oder nicht vom Lizenzserver für dieses Programm erstellt</translation>
    </message>
    <message>
        <source>there is no offline request waiting on this computer (it was used or cancelled); write a new request file</source>
        <translation>auf diesem Computer wartet keine Offline-Anfrage (sie wurde bereits verwendet oder abgebrochen); erstellen Sie eine neue Anfragedatei</translation>
    </message>
    <message>
        <source>it answers another request than the one waiting on this computer (an older file, or one for another computer)</source>
        <translation>sie beantwortet eine andere Anfrage als die, die auf diesem Computer wartet (eine ältere Datei oder eine für einen anderen Computer)</translation>
    </message>
    <message>
        <source>it was made for another computer</source>
        <translation>sie wurde für einen anderen Computer erstellt</translation>
    </message>
    <message>
        <source>it is for another product</source>
        <translation>sie gilt für ein anderes Produkt</translation>
    </message>
    <message>
        <source>this license type cannot be activated offline (only trial, perpetual and consumption licenses can)</source>
        <translation>dieser Lizenztyp kann nicht offline aktiviert werden (das geht nur mit Testversionen sowie unbefristeten und verbrauchsbasierten Lizenzen)</translation>
    </message>
    <message>
        <source>it is dated in the future: check this computer&apos;s date and time</source>
        <translation>sie ist in die Zukunft datiert; prüfen Sie Datum und Uhrzeit dieses Computers</translation>
    </message>
    <message>
        <source>it is for another license than the one this computer asked for</source>
        <translation>sie gilt für eine andere Lizenz als die, die dieser Computer angefragt hat</translation>
    </message>
    <message>
        <source>the license is disabled</source>
        <translation>die Lizenz ist gesperrt</translation>
    </message>
    <message>
        <source>it is older than the license already on this computer</source>
        <translation>sie ist älter als die Lizenz, die bereits auf diesem Computer ist</translation>
    </message>
    <message>
        <source>it is a symbolic link; choose another name</source>
        <translation>es ist eine symbolische Verknüpfung; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is far larger than such a file can be</source>
        <translation>sie ist viel größer, als eine solche Datei sein kann</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is behind the time the activation was last used; check the date and time</source>
        <translation>die Uhr dieses Computers steht vor dem Zeitpunkt, zu dem die Aktivierung zuletzt verwendet wurde; prüfen Sie Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>the activation file is missing from the data folder</source>
        <translation>die Aktivierungsdatei fehlt im Datenordner</translation>
    </message>
    <message>
        <source>the saved activation is damaged or does not match its key in the system&apos;s credential store</source>
        <translation>die gespeicherte Aktivierung ist beschädigt oder passt nicht zu ihrem Schlüssel im Anmeldedatenspeicher des Systems</translation>
    </message>
    <message>
        <source>its key in the system keyring is missing</source>
        <translation>ihr Schlüssel im Schlüsselbund des Systems fehlt</translation>
    </message>
    <message>
        <source>the license server reports the license as disabled</source>
        <translation>laut Lizenzserver ist die Lizenz gesperrt</translation>
    </message>
    <message>
        <source>the license server no longer has this device on the license</source>
        <translation>beim Lizenzserver ist dieses Gerät nicht mehr für die Lizenz registriert</translation>
    </message>
    <message>
        <source>it has not been checked with the license server for longer than this program allows without a connection</source>
        <translation>sie wurde länger nicht mit dem Lizenzserver geprüft, als dieses Programm ohne Verbindung erlaubt</translation>
    </message>
    <message>
        <source>the saved license data belongs to another license, account or device, or is no license at all</source>
        <translation>die gespeicherten Lizenzdaten gehören zu einer anderen Lizenz, einem anderen Konto oder Gerät, oder sind gar keine Lizenz</translation>
    </message>
    <message>
        <source>Activate again. If this device was already counted, that does not use another seat.</source>
        <translation>Aktivieren Sie erneut. Wenn dieses Gerät bereits gezählt wurde, wird dadurch kein weiterer Aktivierungsplatz belegt.</translation>
    </message>
    <message>
        <source>Renew the license with the vendor; then check again or activate the new one.</source>
        <translation>Verlängern Sie die Lizenz beim Hersteller; prüfen Sie dann erneut oder aktivieren Sie die neue.</translation>
    </message>
    <message>
        <source>Set the correct date, time and time zone. If the clock is right now (it was ahead once), connect to the internet and check the license again: the license server&apos;s time sets it straight.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone richtig ein. Wenn die Uhr jetzt stimmt (sie ging früher einmal vor), stellen Sie eine Internetverbindung her und prüfen Sie die Lizenz erneut: Die Zeit des Lizenzservers bringt es wieder in Ordnung.</translation>
    </message>
    <message>
        <source>Ask the vendor&apos;s support to enable the license, then check it again.</source>
        <translation>Bitten Sie den Support des Herstellers, die Lizenz freizuschalten, und prüfen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Use the activation wizard that came with this product.</source>
        <translation>Verwenden Sie den Aktivierungsassistenten, der mit diesem Produkt geliefert wurde.</translation>
    </message>
    <message>
        <source>Connect to the internet and check the license (Check now, or activation-wizard check). Nothing needs to be activated again.</source>
        <translation>Stellen Sie eine Internetverbindung her und prüfen Sie die Lizenz (Jetzt prüfen oder activation-wizard check). Eine erneute Aktivierung ist nicht nötig.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Try again, or start this program again: the deactivation is finished then, and this computer keeps its activation until it is.</source>
        <translation>Versuchen Sie es erneut, oder starten Sie dieses Programm neu: Dann wird die Deaktivierung abgeschlossen; bis dahin bleibt dieser Computer aktiviert.</translation>
    </message>
    <message>
        <source>Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>Wenden Sie sich an den Support des Softwareherstellers und geben Sie den unten stehenden Code an.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>An unexpected error stopped the activation. Nothing was changed on this device.</source>
        <translation>Ein unerwarteter Fehler hat die Aktivierung abgebrochen. Auf diesem Gerät wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, copy the details and send them to support.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, kopieren Sie die Details und senden Sie sie an den Support.</translation>
    </message>
    <message>
        <source>The activation settings are incomplete</source>
        <translation>Die Aktivierungseinstellungen sind unvollständig</translation>
    </message>
    <message>
        <source>Problem with the setting {field}: {problem}. (It came from {source}.)</source>
        <translation>Problem mit der Einstellung {field}: {problem}. (Sie stammt aus {source}.)</translation>
    </message>
    <message>
        <source>Correct that setting, or ask the software vendor for a working configuration.</source>
        <translation>Korrigieren Sie diese Einstellung oder fragen Sie den Softwarehersteller nach einer funktionierenden Konfiguration.</translation>
    </message>
    <message>
        <source>Set it, or ask the software vendor for a working configuration.</source>
        <translation>Setzen Sie sie, oder bitten Sie den Softwarehersteller um eine funktionierende Konfiguration.</translation>
    </message>
    <message>
        <source>{source} is not a valid settings file (TOML): {problem}.</source>
        <translation>{source} ist keine gültige Einstellungsdatei (TOML): {problem}.</translation>
    </message>
    <message>
        <source>The uses not yet sent cannot be read</source>
        <translation>Die noch nicht gesendeten Nutzungen sind nicht lesbar</translation>
    </message>
    <message>
        <source>The file {path} was changed outside this program, or is damaged, so what it says is not sent to the license server.</source>
        <translation>Die Datei {path} wurde außerhalb dieses Programms geändert oder ist beschädigt; ihr Inhalt wird daher nicht an den Lizenzserver gesendet.</translation>
    </message>
    <message>
        <source>Tell the vendor&apos;s support: uses in it may not have been counted. Removing the file starts the count anew.</source>
        <translation>Wenden Sie sich an den Support des Herstellers: Nutzungen darin wurden möglicherweise nicht gezählt. Wenn Sie die Datei entfernen, beginnt die Zählung neu.</translation>
    </message>
    <message>
        <source>Uses kept for later</source>
        <translation>Nutzungen für später aufbewahrt</translation>
    </message>
    <message>
        <source>The license server could not be reached, or its answer did not arrive: the uses not yet confirmed ({waiting} in all) are kept on this computer.</source>
        <translation>Der Lizenzserver war nicht erreichbar, oder seine Antwort kam nicht an: Die noch nicht bestätigten Nutzungen (insgesamt {waiting}) bleiben auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>They are sent, or settled, with the next count or check, and never counted twice. Do not count them again.</source>
        <translation>Sie werden mit der nächsten Zählung oder Prüfung gesendet oder abgeglichen und nie doppelt gezählt. Zählen Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>Could not reach the license server</source>
        <translation>Lizenzserver nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection to the license server failed before it could answer.</source>
        <translation>Die Verbindung zum Lizenzserver ist fehlgeschlagen, bevor er antworten konnte.</translation>
    </message>
    <message>
        <source>License server not found</source>
        <translation>Lizenzserver nicht gefunden</translation>
    </message>
    <message>
        <source>This computer could not look up the license server&apos;s address.</source>
        <translation>Dieser Computer konnte die Adresse des Lizenzservers nicht auflösen.</translation>
    </message>
    <message>
        <source>Could not connect to the license server</source>
        <translation>Keine Verbindung zum Lizenzserver möglich</translation>
    </message>
    <message>
        <source>The license server did not accept a connection from this computer.</source>
        <translation>Der Lizenzserver hat keine Verbindung von diesem Computer angenommen.</translation>
    </message>
    <message>
        <source>The license server took too long</source>
        <translation>Zeitüberschreitung beim Lizenzserver</translation>
    </message>
    <message>
        <source>The answer from the license server was lost</source>
        <translation>Die Antwort des Lizenzservers ging verloren</translation>
    </message>
    <message>
        <source>The request reached the license server, but the connection broke before its answer arrived. The server may have recorded it.</source>
        <translation>Die Anfrage hat den Lizenzserver erreicht, aber die Verbindung brach ab, bevor seine Antwort ankam. Der Server hat sie möglicherweise erfasst.</translation>
    </message>
    <message>
        <source>Try again: this device is recognised, so trying again does not use another seat.</source>
        <translation>Versuchen Sie es erneut: Dieses Gerät wird wiedererkannt, daher belegt ein erneuter Versuch keinen weiteren Aktivierungsplatz.</translation>
    </message>
    <message>
        <source>No answer came back in time. The server may or may not have activated this computer.</source>
        <translation>Es kam nicht rechtzeitig eine Antwort. Der Server hat diesen Computer möglicherweise aktiviert, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Sign in again: the server is asked about this activation first, so no seat is used twice.</source>
        <translation>Melden Sie sich erneut an: Der Server wird zuerst nach dieser Aktivierung gefragt, daher wird kein Platz doppelt belegt.</translation>
    </message>
    <message>
        <source>The request reached the license server, but the connection broke before its answer arrived. The server may have activated this computer.</source>
        <translation>Die Anfrage hat den Lizenzserver erreicht, aber die Verbindung brach ab, bevor seine Antwort ankam. Der Server hat diesen Computer möglicherweise aktiviert.</translation>
    </message>
    <message>
        <source>No answer came back in time. The server may or may not have freed the seat.</source>
        <translation>Es kam nicht rechtzeitig eine Antwort. Der Server hat den Platz möglicherweise freigegeben, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The request reached the license server, but the connection broke before its answer arrived. The server may have freed the seat.</source>
        <translation>Die Anfrage hat den Lizenzserver erreicht, aber die Verbindung brach ab, bevor seine Antwort ankam. Der Server hat den Platz möglicherweise freigegeben.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The license server&apos;s certificate could not be verified.{issuer} Something between you and the server (often a company proxy) may be intercepting traffic.</source>
        <translation>Das Zertifikat des Lizenzservers konnte nicht überprüft werden.{issuer} Möglicherweise fängt etwas zwischen Ihnen und dem Server (oft ein Firmen-Proxy) den Datenverkehr ab.</translation>
    </message>
    <message>
        <source>Try another network, or ask your IT department to allow the license server.</source>
        <translation>Versuchen Sie es in einem anderen Netzwerk oder bitten Sie Ihre IT-Abteilung, den Lizenzserver zuzulassen.</translation>
    </message>
    <message>
        <source>Insecure server address</source>
        <translation>Unsichere Serveradresse</translation>
    </message>
    <message>
        <source>The license server address {url} does not use HTTPS.</source>
        <translation>Die Lizenzserver-Adresse {url} verwendet kein HTTPS.</translation>
    </message>
    <message>
        <source>Only local test servers may use plain http://. Fix the api url setting.</source>
        <translation>Nur lokale Testserver dürfen unverschlüsseltes http:// verwenden. Korrigieren Sie die Einstellung „api url“.</translation>
    </message>
    <message>
        <source>Activation cancelled</source>
        <translation>Aktivierung abgebrochen</translation>
    </message>
    <message>
        <source>You cancelled the request. Whatever the server had already done with it is undone (or checked the next time, if the server cannot be asked now).</source>
        <translation>Sie haben die Anfrage abgebrochen. Was der Server damit bereits getan hatte, wird rückgängig gemacht (oder beim nächsten Mal geprüft, falls der Server jetzt nicht erreichbar ist).</translation>
    </message>
    <message>
        <source>Start the activation again when you are ready.</source>
        <translation>Starten Sie die Aktivierung erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Unexpected answer from the license server</source>
        <translation>Unerwartete Antwort vom Lizenzserver</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected form.</source>
        <translation>Die Antwort des Servers hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be verified</source>
        <translation>Die Antwort des Servers konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>The license server&apos;s reply was not signed with the expected key, so it was not trusted. It may have been altered on the way.</source>
        <translation>Die Antwort des Lizenzservers war nicht mit dem erwarteten Schlüssel signiert und wurde daher nicht als vertrauenswürdig eingestuft. Sie wurde möglicherweise unterwegs verändert.</translation>
    </message>
    <message>
        <source>Try another network. If it persists, contact support: the public key in the settings may be wrong.</source>
        <translation>Versuchen Sie es in einem anderen Netzwerk. Wenn das Problem bestehen bleibt, wenden Sie sich an den Support: Der öffentliche Schlüssel in den Einstellungen ist möglicherweise falsch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not fit the request</source>
        <translation>Die Antwort des Servers passt nicht zur Anfrage</translation>
    </message>
    <message>
        <source>The answer is signed by the license server, but it does not belong to this request: it names another license, account, computer or product, or answers another question. Nothing was kept.</source>
        <translation>Die Antwort ist vom Lizenzserver signiert, gehört aber nicht zu dieser Anfrage: Sie nennt eine andere Lizenz, ein anderes Konto, einen anderen Computer oder ein anderes Produkt, oder sie beantwortet eine andere Frage. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, something on this computer or network is sending old answers: try another network, or contact support.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiterhin passiert, sendet etwas auf diesem Computer oder im Netzwerk alte Antworten: Versuchen Sie ein anderes Netzwerk oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The license server has a problem</source>
        <translation>Problem beim Lizenzserver</translation>
    </message>
    <message>
        <source>The license server failed to handle the request (HTTP {status}).{retry_hint}</source>
        <translation>Der Lizenzserver konnte die Anfrage nicht verarbeiten (HTTP {status}).{retry_hint}</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact support.</source>
        <translation>Versuchen Sie es später erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>A gateway in front of the license server failed (HTTP {status}).{retry_hint}</source>
        <translation>Ein Gateway vor dem Lizenzserver ist ausgefallen (HTTP {status}).{retry_hint}</translation>
    </message>
    <message>
        <source>A gateway in front of the license server failed (HTTP {status}). The server may have activated this computer all the same.{retry_hint}</source>
        <translation>Ein Gateway vor dem Lizenzserver ist ausgefallen (HTTP {status}). Der Server hat diesen Computer möglicherweise trotzdem aktiviert.{retry_hint}</translation>
    </message>
    <message>
        <source>Try again later: the server is asked about this activation first, so no seat is used twice.</source>
        <translation>Versuchen Sie es später erneut: Der Server wird zuerst nach dieser Aktivierung gefragt, daher wird kein Platz doppelt belegt.</translation>
    </message>
    <message>
        <source>A gateway in front of the license server failed (HTTP {status}). The server may have freed the seat all the same.{retry_hint}</source>
        <translation>Ein Gateway vor dem Lizenzserver ist ausgefallen (HTTP {status}). Der Server hat den Platz möglicherweise trotzdem freigegeben.{retry_hint}</translation>
    </message>
    <message>
        <source>The license server is busy</source>
        <translation>Der Lizenzserver ist ausgelastet</translation>
    </message>
    <message>
        <source>Too many requests reached the license server in a short time.</source>
        <translation>Beim Lizenzserver sind in kurzer Zeit zu viele Anfragen eingegangen.</translation>
    </message>
    <message>
        <source>Try again later{retry_hint}.</source>
        <translation>Versuchen Sie es später erneut{retry_hint}.</translation>
    </message>
    <message>
        <source>The license server refused the request</source>
        <translation>Der Lizenzserver hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The server said: {message}</source>
        <translation>Antwort des Servers: {message}</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Unbekanntes Produkt</translation>
    </message>
    <message>
        <source>The license server does not know the product this program is set up for.</source>
        <translation>Der Lizenzserver kennt das Produkt nicht, für das dieses Programm eingerichtet ist.</translation>
    </message>
    <message>
        <source>This is a setup problem of the program, not of your key. Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>Das ist ein Einrichtungsproblem des Programms, nicht Ihres Schlüssels. Wenden Sie sich an den Support des Softwareherstellers und geben Sie den unten stehenden Code an.</translation>
    </message>
    <message>
        <source>License not found</source>
        <translation>Lizenz nicht gefunden</translation>
    </message>
    <message>
        <source>No license matches the key you entered.</source>
        <translation>Zu dem eingegebenen Schlüssel passt keine Lizenz.</translation>
    </message>
    <message>
        <source>Check the key for typos (compare it with your purchase e-mail) and try again.</source>
        <translation>Prüfen Sie den Schlüssel auf Tippfehler (vergleichen Sie ihn mit Ihrer Kauf-E-Mail) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>License disabled</source>
        <translation>Lizenz gesperrt</translation>
    </message>
    <message>
        <source>This license exists but has been disabled by the vendor.</source>
        <translation>Diese Lizenz existiert, wurde aber vom Hersteller gesperrt.</translation>
    </message>
    <message>
        <source>Contact the vendor&apos;s support or your purchasing contact to have it enabled.</source>
        <translation>Wenden Sie sich an den Support des Herstellers oder an Ihren Ansprechpartner für den Einkauf, um sie freischalten zu lassen.</translation>
    </message>
    <message>
        <source>Virtual machines are not allowed</source>
        <translation>Virtuelle Maschinen nicht erlaubt</translation>
    </message>
    <message>
        <source>This license cannot be activated inside a virtual machine or container, and this device was detected as one.</source>
        <translation>Diese Lizenz kann nicht in einer virtuellen Maschine oder einem Container aktiviert werden, und dieses Gerät wurde als solche Umgebung erkannt.</translation>
    </message>
    <message>
        <source>Activate on a physical computer, or ask the vendor for a license that allows virtual machines.</source>
        <translation>Aktivieren Sie auf einem physischen Computer oder fragen Sie den Hersteller nach einer Lizenz, die virtuelle Maschinen erlaubt.</translation>
    </message>
    <message>
        <source>Offline activation not possible</source>
        <translation>Offline-Aktivierung nicht möglich</translation>
    </message>
    <message>
        <source>This is a floating cloud license, which cannot be activated offline.</source>
        <translation>Dies ist eine Floating-Cloud-Lizenz, die nicht offline aktiviert werden kann.</translation>
    </message>
    <message>
        <source>Connect to the internet and activate online instead.</source>
        <translation>Stellen Sie eine Internetverbindung her und aktivieren Sie stattdessen online.</translation>
    </message>
    <message>
        <source>License not started yet</source>
        <translation>Lizenz noch nicht gültig</translation>
    </message>
    <message>
        <source>This license cannot be activated before its start date{start}.</source>
        <translation>Diese Lizenz kann nicht vor ihrem Startdatum{start} aktiviert werden.</translation>
    </message>
    <message>
        <source>Try again on or after the start date, or contact the vendor.</source>
        <translation>Versuchen Sie es ab dem Startdatum erneut oder wenden Sie sich an den Hersteller.</translation>
    </message>
    <message>
        <source>Device blocked</source>
        <translation>Gerät gesperrt</translation>
    </message>
    <message>
        <source>The vendor has blocked this device from activating licenses.</source>
        <translation>Der Hersteller hat dieses Gerät für die Aktivierung von Lizenzen gesperrt.</translation>
    </message>
    <message>
        <source>Contact the vendor&apos;s support; only they can lift the block.</source>
        <translation>Wenden Sie sich an den Support des Herstellers; nur dieser kann die Sperre aufheben.</translation>
    </message>
    <message>
        <source>All seats are in use</source>
        <translation>Alle Aktivierungsplätze belegt</translation>
    </message>
    <message>
        <source>This license is already activated on the maximum number of devices.</source>
        <translation>Diese Lizenz ist bereits auf der maximalen Anzahl von Geräten aktiviert.</translation>
    </message>
    <message>
        <source>Deactivate it on a device you no longer use (in that program or the vendor&apos;s customer portal), then try again here.</source>
        <translation>Deaktivieren Sie sie auf einem Gerät, das Sie nicht mehr verwenden (im dortigen Programm oder im Kundenportal des Herstellers), und versuchen Sie es dann hier erneut.</translation>
    </message>
    <message>
        <source>Your account has used all its activations</source>
        <translation>Ihr Konto hat alle Aktivierungen verbraucht</translation>
    </message>
    <message>
        <source>Your user account has already activated this license the maximum number of times.</source>
        <translation>Ihr Benutzerkonto hat diese Lizenz bereits so oft aktiviert wie maximal erlaubt.</translation>
    </message>
    <message>
        <source>Deactivate one of your other devices, or ask your administrator for more seats.</source>
        <translation>Deaktivieren Sie eines Ihrer anderen Geräte oder bitten Sie Ihren Administrator um weitere Aktivierungsplätze.</translation>
    </message>
    <message>
        <source>License expired</source>
        <translation>Lizenz abgelaufen</translation>
    </message>
    <message>
        <source>The validity period of this license has ended.</source>
        <translation>Der Gültigkeitszeitraum dieser Lizenz ist abgelaufen.</translation>
    </message>
    <message>
        <source>Renew the license with the vendor, then activate again.</source>
        <translation>Verlängern Sie die Lizenz beim Hersteller und aktivieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>No transfers left</source>
        <translation>Keine Übertragungen mehr möglich</translation>
    </message>
    <message>
        <source>This license has already been moved between devices the maximum number of times.</source>
        <translation>Diese Lizenz wurde bereits so oft zwischen Geräten übertragen wie maximal erlaubt.</translation>
    </message>
    <message>
        <source>Contact the vendor&apos;s support to reset the transfer limit.</source>
        <translation>Wenden Sie sich an den Support des Herstellers, um das Übertragungslimit zurücksetzen zu lassen.</translation>
    </message>
    <message>
        <source>Device already activated</source>
        <translation>Gerät bereits aktiviert</translation>
    </message>
    <message>
        <source>This device is already activated on this license.</source>
        <translation>Dieses Gerät ist bereits mit dieser Lizenz aktiviert.</translation>
    </message>
    <message>
        <source>Nothing to do: the existing activation is used.</source>
        <translation>Nichts zu tun: Die vorhandene Aktivierung wird verwendet.</translation>
    </message>
    <message>
        <source>License not active</source>
        <translation>Lizenz nicht aktiv</translation>
    </message>
    <message>
        <source>The license server reports this license as not active on this device.</source>
        <translation>Laut Lizenzserver ist diese Lizenz auf diesem Gerät nicht aktiv.</translation>
    </message>
    <message>
        <source>Activate the license again.</source>
        <translation>Aktivieren Sie die Lizenz erneut.</translation>
    </message>
    <message>
        <source>Device not registered</source>
        <translation>Gerät nicht registriert</translation>
    </message>
    <message>
        <source>The license server has no active record of this device on the license.</source>
        <translation>Der Lizenzserver hat für diese Lizenz keinen aktiven Eintrag zu diesem Gerät.</translation>
    </message>
    <message>
        <source>Activate this device again.</source>
        <translation>Aktivieren Sie dieses Gerät erneut.</translation>
    </message>
    <message>
        <source>All floating seats are in use</source>
        <translation>Alle Floating-Plätze sind belegt</translation>
    </message>
    <message>
        <source>Every seat of this floating license is taken by other computers right now.{seats}</source>
        <translation>Alle Plätze dieser Floating-Lizenz sind gerade von anderen Computern belegt.{seats}</translation>
    </message>
    <message>
        <source>Try again later (a seat frees itself when its program ends or stops checking in), or ask your administrator for more seats.</source>
        <translation>Versuchen Sie es später erneut (ein Platz wird frei, wenn sein Programm endet oder sich nicht mehr meldet), oder bitten Sie Ihre Administration um mehr Plätze.</translation>
    </message>
    <message>
        <source>This license cannot be borrowed</source>
        <translation>Diese Lizenz kann nicht ausgeliehen werden</translation>
    </message>
    <message>
        <source>The vendor does not allow taking a seat of this license offline.</source>
        <translation>Der Hersteller erlaubt nicht, einen Platz dieser Lizenz offline mitzunehmen.</translation>
    </message>
    <message>
        <source>Stay connected while you use the program.</source>
        <translation>Bleiben Sie verbunden, während Sie das Programm nutzen.</translation>
    </message>
    <message>
        <source>That end date cannot be used</source>
        <translation>Dieses Enddatum ist nicht möglich</translation>
    </message>
    <message>
        <source>A seat can be borrowed from now until at most the license&apos;s borrowing limit allows.</source>
        <translation>Ein Platz kann ab jetzt höchstens so lange ausgeliehen werden, wie die Lizenz es erlaubt.</translation>
    </message>
    <message>
        <source>Choose an earlier end, in the future.</source>
        <translation>Wählen Sie ein früheres Ende, das in der Zukunft liegt.</translation>
    </message>
    <message>
        <source>Not enough left on this license</source>
        <translation>Nicht genug auf dieser Lizenz übrig</translation>
    </message>
    <message>
        <source>This use would go beyond what the license allows (including any overage).</source>
        <translation>Diese Nutzung ginge über das hinaus, was die Lizenz erlaubt (einschließlich Überschreitung).</translation>
    </message>
    <message>
        <source>Ask the vendor for more, or wait until the license&apos;s usage resets.</source>
        <translation>Fragen Sie den Hersteller nach mehr, oder warten Sie, bis der Verbrauch der Lizenz zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Not enough left of this feature</source>
        <translation>Nicht genug von dieser Funktion übrig</translation>
    </message>
    <message>
        <source>This use would go beyond what the feature allows (including any overage).</source>
        <translation>Diese Nutzung ginge über das hinaus, was die Funktion erlaubt (einschließlich Überschreitung).</translation>
    </message>
    <message>
        <source>Ask the vendor for more, or wait until the feature&apos;s usage resets.</source>
        <translation>Fragen Sie den Hersteller nach mehr, oder warten Sie, bis der Verbrauch der Funktion zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Not a consumption license</source>
        <translation>Keine Verbrauchslizenz</translation>
    </message>
    <message>
        <source>This license does not count uses.</source>
        <translation>Diese Lizenz zählt keine Nutzungen.</translation>
    </message>
    <message>
        <source>Uses cannot be given back</source>
        <translation>Nutzungen können nicht zurückgegeben werden</translation>
    </message>
    <message>
        <source>This license does not allow taking counted uses back.</source>
        <translation>Diese Lizenz erlaubt nicht, gezählte Nutzungen zurückzunehmen.</translation>
    </message>
    <message>
        <source>Count only new uses (a positive number).</source>
        <translation>Zählen Sie nur neue Nutzungen (eine positive Zahl).</translation>
    </message>
    <message>
        <source>Unknown feature</source>
        <translation>Unbekannte Funktion</translation>
    </message>
    <message>
        <source>This license has no feature with that code.</source>
        <translation>Diese Lizenz hat keine Funktion mit diesem Code.</translation>
    </message>
    <message>
        <source>Check the feature&apos;s code (activation-wizard features lists them).</source>
        <translation>Prüfen Sie den Code der Funktion (activation-wizard features listet sie auf).</translation>
    </message>
    <message>
        <source>Not a floating feature</source>
        <translation>Keine Floating-Funktion</translation>
    </message>
    <message>
        <source>This feature is not shared between computers: it has no seat to free.</source>
        <translation>Diese Funktion wird nicht zwischen Computern geteilt: Es gibt keinen Platz freizugeben.</translation>
    </message>
    <message>
        <source>Nothing needs to be done.</source>
        <translation>Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>This computer holds no seat of that feature</source>
        <translation>Dieser Computer belegt keinen Platz dieser Funktion</translation>
    </message>
    <message>
        <source>The feature&apos;s seat was already freed, or never taken here.</source>
        <translation>Der Platz der Funktion wurde bereits freigegeben oder hier nie belegt.</translation>
    </message>
    <message>
        <source>Feature not supported</source>
        <translation>Funktion nicht unterstützt</translation>
    </message>
    <message>
        <source>The license server does not support this for the product&apos;s features.</source>
        <translation>Der Lizenzserver unterstützt dies für die Funktionen des Produkts nicht.</translation>
    </message>
    <message>
        <source>An active license is needed</source>
        <translation>Eine aktive Lizenz ist nötig</translation>
    </message>
    <message>
        <source>The license server answers this only for a device with an active license.</source>
        <translation>Der Lizenzserver beantwortet dies nur für ein Gerät mit aktiver Lizenz.</translation>
    </message>
    <message>
        <source>Activate (or check) the license first, then try again.</source>
        <translation>Aktivieren (oder prüfen) Sie zuerst die Lizenz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No such version</source>
        <translation>Diese Version gibt es nicht</translation>
    </message>
    <message>
        <source>The license server has no installation file for that version.</source>
        <translation>Der Lizenzserver hat keine Installationsdatei für diese Version.</translation>
    </message>
    <message>
        <source>Ask for the latest version (without a version), or check its name.</source>
        <translation>Fragen Sie nach der neuesten Version (ohne Versionsangabe), oder prüfen Sie ihren Namen.</translation>
    </message>
    <message>
        <source>Your clock is wrong</source>
        <translation>Ihre Uhr geht falsch</translation>
    </message>
    <message>
        <source>The license server rejected the request because this computer&apos;s date or time differs from the real time by more than 15 minutes.{skew}</source>
        <translation>Der Lizenzserver hat die Anfrage abgelehnt, weil Datum oder Uhrzeit dieses Computers um mehr als 15 Minuten von der tatsächlichen Zeit abweichen.{skew}</translation>
    </message>
    <message>
        <source>Set the correct date, time and time zone (turn on automatic time), then try again.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone richtig ein (schalten Sie die automatische Uhrzeit ein) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The program&apos;s credentials were rejected</source>
        <translation>Die Zugangsdaten des Programms wurden abgelehnt</translation>
    </message>
    <message>
        <source>The license server did not accept this program&apos;s request signature.</source>
        <translation>Der Lizenzserver hat die Anfragesignatur dieses Programms nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This is a setup problem of the program (its shared key). Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>Das ist ein Einrichtungsproblem des Programms (sein gemeinsamer Schlüssel). Wenden Sie sich an den Support des Softwareherstellers und geben Sie den unten stehenden Code an.</translation>
    </message>
    <message>
        <source>The license server does not recognise this program&apos;s API key.</source>
        <translation>Der Lizenzserver erkennt den API-Schlüssel dieses Programms nicht.</translation>
    </message>
    <message>
        <source>This is a setup problem of the program. Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>Das ist ein Einrichtungsproblem des Programms. Wenden Sie sich an den Support des Softwareherstellers und geben Sie den unten stehenden Code an.</translation>
    </message>
    <message>
        <source>The program&apos;s request was incomplete</source>
        <translation>Die Anfrage des Programms war unvollständig</translation>
    </message>
    <message>
        <source>The request was missing authorisation details.</source>
        <translation>In der Anfrage fehlten Autorisierungsangaben.</translation>
    </message>
    <message>
        <source>The program&apos;s request was malformed</source>
        <translation>Die Anfrage des Programms war fehlerhaft</translation>
    </message>
    <message>
        <source>The request&apos;s authorisation header was not valid.</source>
        <translation>Der Autorisierungs-Header der Anfrage war ungültig.</translation>
    </message>
    <message>
        <source>The program&apos;s request was not signed</source>
        <translation>Die Anfrage des Programms war nicht signiert</translation>
    </message>
    <message>
        <source>The license server requires signed requests.</source>
        <translation>Der Lizenzserver verlangt signierte Anfragen.</translation>
    </message>
    <message>
        <source>The program&apos;s credentials do not cover this product</source>
        <translation>Die Zugangsdaten des Programms gelten nicht für dieses Produkt</translation>
    </message>
    <message>
        <source>The API key this program uses may not activate this product.</source>
        <translation>Der API-Schlüssel dieses Programms darf dieses Produkt nicht aktivieren.</translation>
    </message>
    <message>
        <source>The request was incomplete</source>
        <translation>Die Anfrage war unvollständig</translation>
    </message>
    <message>
        <source>The license server said: {message}</source>
        <translation>Antwort des Lizenzservers: {message}</translation>
    </message>
    <message>
        <source>No device identity</source>
        <translation>Keine Gerätekennung</translation>
    </message>
    <message>
        <source>The request did not identify this device.</source>
        <translation>Die Anfrage enthielt keine Kennung dieses Geräts.</translation>
    </message>
    <message>
        <source>License key required</source>
        <translation>Lizenzschlüssel erforderlich</translation>
    </message>
    <message>
        <source>This product is activated with a license key.</source>
        <translation>Dieses Produkt wird mit einem Lizenzschlüssel aktiviert.</translation>
    </message>
    <message>
        <source>Enter your license key and try again.</source>
        <translation>Geben Sie Ihren Lizenzschlüssel ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>E-mail or password not accepted</source>
        <translation>E-Mail oder Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>The license server did not accept this e-mail address and password, or the account has no license for this product.</source>
        <translation>Der Lizenzserver hat diese E-Mail-Adresse und dieses Passwort nicht akzeptiert, oder das Konto hat keine Lizenz für dieses Produkt.</translation>
    </message>
    <message>
        <source>Check the e-mail address and the password (letter case matters), then try again. Forgot the password? Reset it, or ask whoever gave you the account.</source>
        <translation>Prüfen Sie E-Mail-Adresse und Passwort (Groß- und Kleinschreibung beachten) und versuchen Sie es dann erneut. Passwort vergessen? Setzen Sie es zurück oder fragen Sie die Person, die Ihnen das Konto eingerichtet hat.</translation>
    </message>
    <message>
        <source>Trial not found</source>
        <translation>Testversion nicht gefunden</translation>
    </message>
    <message>
        <source>The license server did not find the trial it had just started.</source>
        <translation>Der Lizenzserver hat die gerade gestartete Testversion nicht gefunden.</translation>
    </message>
    <message>
        <source>This product uses license keys</source>
        <translation>Dieses Produkt verwendet Lizenzschlüssel</translation>
    </message>
    <message>
        <source>The license server expects a license key for this product, not an account.</source>
        <translation>Der Lizenzserver erwartet für dieses Produkt einen Lizenzschlüssel, kein Konto.</translation>
    </message>
    <message>
        <source>Go back to the first page and choose &quot;I have a license key&quot;.</source>
        <translation>Gehen Sie zurück zur ersten Seite und wählen Sie „Ich habe einen Lizenzschlüssel“.</translation>
    </message>
    <message>
        <source>All seats of this license are in use</source>
        <translation>Alle Aktivierungsplätze dieser Lizenz sind belegt</translation>
    </message>
    <message>
        <source>The license your account uses is already activated on the maximum number of devices.</source>
        <translation>Die Lizenz Ihres Kontos ist bereits auf der maximalen Anzahl von Geräten aktiviert.</translation>
    </message>
    <message>
        <source>Deactivate it on a device you no longer use, pick another license if your account has one, or ask your administrator for more seats.</source>
        <translation>Deaktivieren Sie sie auf einem Gerät, das Sie nicht mehr verwenden, wählen Sie eine andere Lizenz, falls Ihr Konto eine hat, oder bitten Sie Ihren Administrator um weitere Aktivierungsplätze.</translation>
    </message>
    <message>
        <source>Product not available</source>
        <translation>Produkt nicht verfügbar</translation>
    </message>
    <message>
        <source>The vendor has disabled this product on the license server.</source>
        <translation>Der Hersteller hat dieses Produkt auf dem Lizenzserver deaktiviert.</translation>
    </message>
    <message>
        <source>Product no longer available</source>
        <translation>Produkt nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>The vendor has archived this product on the license server.</source>
        <translation>Der Hersteller hat dieses Produkt auf dem Lizenzserver archiviert.</translation>
    </message>
    <message>
        <source>This product uses another way to activate</source>
        <translation>Dieses Produkt wird anders aktiviert</translation>
    </message>
    <message>
        <source>The license server expects the other kind of activation for this product (a license key instead of an account, or the reverse).</source>
        <translation>Der Lizenzserver erwartet für dieses Produkt die andere Aktivierungsart (einen Lizenzschlüssel statt eines Kontos oder umgekehrt).</translation>
    </message>
    <message>
        <source>Go back to the first page and choose the other way. If none works, contact the vendor&apos;s support.</source>
        <translation>Gehen Sie zurück zur ersten Seite und wählen Sie die andere Möglichkeit. Wenn keine funktioniert, wenden Sie sich an den Support des Herstellers.</translation>
    </message>
    <message>
        <source>No free trial for this product</source>
        <translation>Keine kostenlose Testversion für dieses Produkt</translation>
    </message>
    <message>
        <source>The vendor does not offer a trial of this product, or not to this device.</source>
        <translation>Der Hersteller bietet keine Testversion dieses Produkts an, oder nicht für dieses Gerät.</translation>
    </message>
    <message>
        <source>Buy a license, or ask the vendor about a trial. If you already have a key or an account, go back and use that.</source>
        <translation>Kaufen Sie eine Lizenz oder fragen Sie den Hersteller nach einer Testversion. Wenn Sie bereits einen Schlüssel oder ein Konto haben, gehen Sie zurück und aktivieren Sie damit.</translation>
    </message>
    <message>
        <source>Your trial has ended</source>
        <translation>Ihre Testversion ist abgelaufen</translation>
    </message>
    <message>
        <source>The free trial of this product on this device is over.</source>
        <translation>Die kostenlose Testversion dieses Produkts ist auf diesem Gerät abgelaufen.</translation>
    </message>
    <message>
        <source>Buy a license to go on using it; then activate with its key or your account.</source>
        <translation>Kaufen Sie eine Lizenz, um das Produkt weiter zu nutzen; aktivieren Sie dann mit deren Schlüssel oder Ihrem Konto.</translation>
    </message>
    <message>
        <source>E-mail address needed</source>
        <translation>E-Mail-Adresse erforderlich</translation>
    </message>
    <message>
        <source>A trial of this product is tied to an e-mail address, and none was given.</source>
        <translation>Eine Testversion dieses Produkts ist an eine E-Mail-Adresse gebunden, es wurde aber keine angegeben.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and try again.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Password cannot be changed here</source>
        <translation>Passwort kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>The vendor does not allow changing this account&apos;s password from the program.</source>
        <translation>Der Hersteller erlaubt nicht, das Passwort dieses Kontos im Programm zu ändern.</translation>
    </message>
    <message>
        <source>Keep using your current password, or change it in the vendor&apos;s customer portal.</source>
        <translation>Verwenden Sie weiter Ihr aktuelles Passwort oder ändern Sie es im Kundenportal des Herstellers.</translation>
    </message>
    <message>
        <source>Organisation not found</source>
        <translation>Organisation nicht gefunden</translation>
    </message>
    <message>
        <source>The license server does not know the organisation (customer account) given.</source>
        <translation>Der Lizenzserver kennt die angegebene Organisation (das Kundenkonto) nicht.</translation>
    </message>
    <message>
        <source>Check the organisation code with your administrator, then try again.</source>
        <translation>Klären Sie den Organisationscode mit Ihrem Administrator und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Kunde nicht gefunden</translation>
    </message>
    <message>
        <source>The license server does not know that customer.</source>
        <translation>Der Lizenzserver kennt diesen Kunden nicht.</translation>
    </message>
    <message>
        <source>Check the e-mail address, or contact the vendor&apos;s support.</source>
        <translation>Prüfen Sie die E-Mail-Adresse oder wenden Sie sich an den Support des Herstellers.</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Die Anfrage wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>The program&apos;s sign-in to the license server expired</source>
        <translation>Die Anmeldung des Programms beim Lizenzserver ist abgelaufen</translation>
    </message>
    <message>
        <source>The license server no longer accepted the program&apos;s access token, even after a fresh one was fetched.</source>
        <translation>Der Lizenzserver hat das Zugriffstoken des Programms nicht mehr akzeptiert, auch nicht nach dem Abruf eines neuen.</translation>
    </message>
    <message>
        <source>The program&apos;s sign-in to the license server failed</source>
        <translation>Die Anmeldung des Programms beim Lizenzserver ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The license server did not accept the program&apos;s access token.</source>
        <translation>Der Lizenzserver hat das Zugriffstoken des Programms nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This is a setup problem of the program (its OAuth client). Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>Das ist ein Einrichtungsproblem des Programms (sein OAuth-Client). Wenden Sie sich an den Support des Softwareherstellers und geben Sie den unten stehenden Code an.</translation>
    </message>
    <message>
        <source>The sign-in server refused this program&apos;s OAuth client.</source>
        <translation>Der Anmeldeserver hat den OAuth-Client dieses Programms abgelehnt.</translation>
    </message>
    <message>
        <source>This is a setup problem of the program (client id or secret). Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>Das ist ein Einrichtungsproblem des Programms (Client-ID oder Secret). Wenden Sie sich an den Support des Softwareherstellers und geben Sie den unten stehenden Code an.</translation>
    </message>
    <message>
        <source>The program could not sign in to the license server</source>
        <translation>Das Programm konnte sich nicht beim Lizenzserver anmelden</translation>
    </message>
    <message>
        <source>The sign-in server answered without a usable access token.</source>
        <translation>Der Anmeldeserver hat ohne verwendbares Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Bitte prüfen Sie Ihre Eingabe</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>Correct it and try again; nothing was sent.</source>
        <translation>Korrigieren Sie die Eingabe und versuchen Sie es erneut; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Single sign-on did not succeed</source>
        <translation>Anmeldung über Ihre Organisation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signing in through your organisation failed.</source>
        <translation>Die Anmeldung über Ihre Organisation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, contact your IT department or the vendor&apos;s support.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiterhin fehlschlägt, wenden Sie sich an Ihre IT-Abteilung oder den Support des Herstellers.</translation>
    </message>
    <message>
        <source>That sign-in answer cannot be used</source>
        <translation>Diese Anmeldeantwort ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The address or code given is not the answer to this sign-in: {reason}.</source>
        <translation>Die angegebene Adresse bzw. der angegebene Code ist nicht die Antwort auf diese Anmeldung: {reason}.</translation>
    </message>
    <message>
        <source>Sign in once more</source>
        <translation>Noch einmal anmelden</translation>
    </message>
    <message>
        <source>Sign in with your organisation again; no extra seat is used. (Your browser may not even ask for the password.)</source>
        <translation>Melden Sie sich erneut bei Ihrer Organisation an; dabei wird kein weiterer Aktivierungsplatz belegt. (Ihr Browser fragt vielleicht nicht einmal nach dem Passwort.)</translation>
    </message>
    <message>
        <source>The file is not a license file from the vendor&apos;s offline portal: {reason}.</source>
        <translation>Die Datei ist keine Lizenzdatei aus dem Offline-Portal des Herstellers: {reason}.</translation>
    </message>
    <message>
        <source>Sign in with that account&apos;s password (shown when the trial began, or the one you chose since).</source>
        <translation>Melden Sie sich mit dem Passwort dieses Kontos an (beim Start der Testversion angezeigt, oder das, das Sie seitdem gewählt haben).</translation>
    </message>
    <message>
        <source>This is not a saved activation</source>
        <translation>Das ist keine gespeicherte Aktivierung</translation>
    </message>
    <message>
        <source>{path} is not a recovery file saved by this wizard: it holds something else, or it was cut short.</source>
        <translation>{path} ist keine von diesem Assistenten gespeicherte Wiederherstellungsdatei: Sie enthält etwas anderes oder ist unvollständig.</translation>
    </message>
    <message>
        <source>Choose the file saved with “Save activation to a file…” (a .json file). Nothing on this computer was changed.</source>
        <translation>Wählen Sie die mit „Aktivierung in Datei speichern…“ gespeicherte Datei (eine .json-Datei). Auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>The SDK&apos;s license file cannot be taken over</source>
        <translation>Die Lizenzdatei des SDK kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>{path}: {reason}.</source>
        <translation>{path}: {reason}.</translation>
    </message>
    <message>
        <source>Nothing on this computer was changed, and the license keeps its seat. Activate in the wizard instead, or ask the program&apos;s vendor.</source>
        <translation>Auf diesem Computer wurde nichts geändert, und die Lizenz behält ihren Platz. Aktivieren Sie stattdessen im Assistenten oder fragen Sie den Hersteller des Programms.</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and location, then try again.</source>
        <translation>Prüfen Sie Namen und Ort der Datei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Die Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose another name or folder, then try again.</source>
        <translation>Wählen Sie einen anderen Namen oder Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keyring did not answer</source>
        <translation>Der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The system credential store (keyring) did not answer within {waited}: it may be waiting for its password in a prompt that is not shown here, or it is not responding.</source>
        <translation>Der Anmeldedatenspeicher des Systems (Schlüsselbund) hat nicht innerhalb von {waited} geantwortet: Er wartet vielleicht in einem hier nicht sichtbaren Dialog auf sein Passwort, oder er reagiert nicht.</translation>
    </message>
    <message>
        <source>Unlock the keyring (or restart your session), then try again. Scripts can wait longer with ACTIVATION_WIZARD_KEYRING_TIMEOUT.</source>
        <translation>Entsperren Sie den Schlüsselbund (oder starten Sie Ihre Sitzung neu) und versuchen Sie es dann erneut. Skripte können mit ACTIVATION_WIZARD_KEYRING_TIMEOUT länger warten.</translation>
    </message>
    <message>
        <source>The activation is in use</source>
        <translation>Die Aktivierung wird gerade verwendet</translation>
    </message>
    <message>
        <source>Another program (another window of the activation wizard, or the product itself) is changing the saved activation and did not finish within {waited}.</source>
        <translation>Ein anderes Programm (ein anderes Fenster des Aktivierungsassistenten oder das Produkt selbst) ändert gerade die gespeicherte Aktivierung und war nicht innerhalb von {waited} fertig.</translation>
    </message>
    <message>
        <source>Close the other activation windows (one may be waiting for the keyring&apos;s password), then try again.</source>
        <translation>Schließen Sie die anderen Aktivierungsfenster (eines wartet vielleicht auf das Passwort des Schlüsselbunds) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source> (the server asks for {wait})</source>
        <translation> (der Server bittet um {wait})</translation>
    </message>
    <message>
        <source> It asks to try again in {wait}.</source>
        <translation> Er bittet, es in {wait} erneut zu versuchen.</translation>
    </message>
    <message>
        <source> This computer&apos;s clock is about {amount} ahead of the server&apos;s.</source>
        <translation> Die Uhr dieses Computers geht etwa {amount} gegenüber der des Servers vor.</translation>
    </message>
    <message>
        <source> This computer&apos;s clock is about {amount} behind the server&apos;s.</source>
        <translation> Die Uhr dieses Computers geht etwa {amount} gegenüber der des Servers nach.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again in the browser, then copy the whole address from the browser&apos;s address bar once the page says you are signed in.</source>
        <translation>Melden Sie sich im Browser erneut an und kopieren Sie dann die vollständige Adresse aus der Adressleiste des Browsers, sobald die Seite meldet, dass Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>the policy file is not one, or has fields a license cannot have</source>
        <translation>die Richtliniendatei ist keine oder hat Felder, die eine Lizenz nicht haben kann</translation>
    </message>
    <message>
        <source>the program&apos;s air-gap key (airgap.public_key) is not a P-256 key: its vendor must correct it; no code was made</source>
        <translation>der Air-Gap-Schlüssel des Programms (airgap.public_key) ist kein P-256-Schlüssel: Sein Hersteller muss ihn korrigieren; es wurde kein Code erstellt</translation>
    </message>
    <message>
        <source>this confirmation code&apos;s seat was given back when this computer was deactivated: ask the portal for a new one</source>
        <translation>der Platz dieses Bestätigungscodes wurde bei der Deaktivierung dieses Computers zurückgegeben: Fordern Sie im Portal einen neuen an</translation>
    </message>
    <message>
        <source>this is not the initialization code the license was activated with here: the portal would refuse its code, and the activation was kept</source>
        <translation>das ist nicht der Initialisierungscode, mit dem die Lizenz hier aktiviert wurde: Das Portal würde seinen Code ablehnen, und die Aktivierung wurde behalten</translation>
    </message>
    <message>
        <source>this computer&apos;s activation was not made with codes: deactivate it online or by file</source>
        <translation>die Aktivierung dieses Computers wurde nicht mit Codes vorgenommen: Deaktivieren Sie sie online oder per Datei</translation>
    </message>
    <message>
        <source>this activation was made with codes read out, and the license server does not know it: it is freed with a deactivation code (airgap deactivate)</source>
        <translation>diese Aktivierung wurde mit vorgelesenen Codes vorgenommen, und der Lizenzserver kennt sie nicht: Sie wird mit einem Deaktivierungscode freigegeben (airgap deactivate)</translation>
    </message>
    <message>
        <source>The setting {field} is not set (looked in: {source}): {problem}.</source>
        <translation>Die Einstellung {field} ist nicht gesetzt (gesucht in: {source}): {problem}.</translation>
    </message>
    <message>
        <source>The settings file cannot be read</source>
        <translation>Die Einstellungsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Correct the file (often a missing quote or bracket on the line named), or ask the software vendor for a working one.</source>
        <translation>Korrigieren Sie die Datei (oft fehlt in der genannten Zeile ein Anführungszeichen oder eine Klammer) oder fragen Sie den Softwarehersteller nach einer funktionierenden Datei.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. Nothing was changed.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Check that you are online (and any proxy or VPN settings), then try again. Nothing was changed.</source>
        <translation>Prüfen Sie, ob Sie online sind (und ggf. Ihre Proxy- oder VPN-Einstellungen), und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Check your internet connection, firewall or proxy, then try again. Nothing was changed.</source>
        <translation>Prüfen Sie Ihre Internetverbindung, Firewall oder Proxy-Einstellungen und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No answer came back in time. The server may or may not have acted on the request.</source>
        <translation>Es kam nicht rechtzeitig eine Antwort. Ob der Server die Anfrage bearbeitet hat, ist unklar.</translation>
    </message>
    <message>
        <source>Try again: trying again on this device does not use another seat.</source>
        <translation>Versuchen Sie es erneut: Ein erneuter Versuch auf diesem Gerät belegt keinen weiteren Aktivierungsplatz.</translation>
    </message>
    <message>
        <source>Your organisation did not sign you in</source>
        <translation>Ihre Organisation hat die Anmeldung nicht zugelassen</translation>
    </message>
    <message>
        <source>The sign-in page answered: {detail}.</source>
        <translation>Die Anmeldeseite antwortete: {detail}.</translation>
    </message>
    <message>
        <source>Try again, or ask your IT department whether your account may use this product.</source>
        <translation>Versuchen Sie es erneut oder fragen Sie Ihre IT-Abteilung, ob Ihr Konto dieses Produkt verwenden darf.</translation>
    </message>
    <message>
        <source>Sign-in took too long</source>
        <translation>Die Anmeldung hat zu lange gedauert</translation>
    </message>
    <message>
        <source>No answer came back from the browser within {waited}.</source>
        <translation>Innerhalb von {waited} kam keine Antwort vom Browser.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it in the browser, or paste the address the browser ended on.</source>
        <translation>Starten Sie die Anmeldung erneut und schließen Sie sie im Browser ab, oder fügen Sie die Adresse ein, bei der der Browser gelandet ist.</translation>
    </message>
    <message>
        <source>Cannot wait for the browser</source>
        <translation>Warten auf den Browser nicht möglich</translation>
    </message>
    <message>
        <source>Port {port} on this computer, where the browser is sent back after signing in, is used by another program.</source>
        <translation>Port {port} auf diesem Computer, an den der Browser nach der Anmeldung zurückgeleitet wird, wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Close the other program and try again, or paste the address the browser ends on.</source>
        <translation>Schließen Sie das andere Programm und versuchen Sie es erneut, oder fügen Sie die Adresse ein, bei der der Browser landet.</translation>
    </message>
    <message>
        <source>The license server does not know the organisation code {account}.</source>
        <translation>Der Lizenzserver kennt den Organisationscode {account} nicht.</translation>
    </message>
    <message>
        <source>Check the code with your IT department (letter case matters), then try again.</source>
        <translation>Klären Sie den Code mit Ihrer IT-Abteilung (Groß- und Kleinschreibung beachten) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No license for your account</source>
        <translation>Keine Lizenz für Ihr Konto</translation>
    </message>
    <message>
        <source>You signed in, but your organisation account has no license for this product, or the sign-in answer was already used or expired.</source>
        <translation>Sie haben sich angemeldet, aber Ihr Organisationskonto hat keine Lizenz für dieses Produkt, oder die Anmeldeantwort wurde bereits verwendet bzw. ist abgelaufen.</translation>
    </message>
    <message>
        <source>Sign in again. If it keeps happening, ask your administrator for a license.</source>
        <translation>Melden Sie sich erneut an. Wenn das weiterhin passiert, bitten Sie Ihren Administrator um eine Lizenz.</translation>
    </message>
    <message>
        <source>Another license is active on this device</source>
        <translation>Auf diesem Gerät ist eine andere Lizenz aktiv</translation>
    </message>
    <message>
        <source>This device is activated with {current}. Activating another license here would leave that seat counted on the server.</source>
        <translation>Dieses Gerät ist mit {current} aktiviert. Würden Sie hier eine andere Lizenz aktivieren, bliebe der bisherige Aktivierungsplatz auf dem Server belegt.</translation>
    </message>
    <message>
        <source>Deactivate it first (it frees its seat), or replace it: in the wizard with Use another license, on the command line with activate --replace.</source>
        <translation>Deaktivieren Sie sie zuerst (das gibt ihren Aktivierungsplatz frei) oder ersetzen Sie sie: im Assistenten mit „Andere Lizenz verwenden“, auf der Befehlszeile mit activate --replace.</translation>
    </message>
    <message>
        <source>That file cannot be read</source>
        <translation>Diese Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Use the .lic file the portal gave you for this computer&apos;s request (or paste its whole text), then try again.</source>
        <translation>Verwenden Sie die .lic-Datei, die Sie vom Portal für die Anfrage dieses Computers erhalten haben (oder fügen Sie ihren gesamten Text ein), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>That license file cannot be used here</source>
        <translation>Diese Lizenzdatei kann hier nicht verwendet werden</translation>
    </message>
    <message>
        <source>The license file was refused: {reason}.</source>
        <translation>Die Lizenzdatei wurde abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>Upload this computer&apos;s current request file to the vendor&apos;s offline portal and load the license file it gives back.</source>
        <translation>Laden Sie die aktuelle Anfragedatei dieses Computers in das Offline-Portal des Herstellers hoch und laden Sie dann die Lizenzdatei, die Sie zurückerhalten.</translation>
    </message>
    <message>
        <source>No license can be activated</source>
        <translation>Keine aktivierbare Lizenz</translation>
    </message>
    <message>
        <source>You signed in, but none of your account&apos;s licenses for this product can be activated now: {detail}.</source>
        <translation>Sie haben sich angemeldet, aber keine der Lizenzen Ihres Kontos für dieses Produkt kann derzeit aktiviert werden: {detail}.</translation>
    </message>
    <message>
        <source>Ask your administrator or the vendor for a license, or use a license key.</source>
        <translation>Bitten Sie Ihren Administrator oder den Hersteller um eine Lizenz oder verwenden Sie einen Lizenzschlüssel.</translation>
    </message>
    <message>
        <source>You already have a trial account</source>
        <translation>Sie haben bereits ein Testkonto</translation>
    </message>
    <message>
        <source>A trial for {email} was started before, so the license server did not create a new password.</source>
        <translation>Für {email} wurde bereits eine Testversion gestartet, daher hat der Lizenzserver kein neues Passwort erstellt.</translation>
    </message>
    <message>
        <source>Could not save the activation</source>
        <translation>Aktivierung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saving the activation on this computer failed.</source>
        <translation>Das Speichern der Aktivierung auf diesem Computer ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions, then try again.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No secure credential store</source>
        <translation>Kein sicherer Anmeldedatenspeicher</translation>
    </message>
    <message>
        <source>This computer has no usable credential store (keyring) for the activation.</source>
        <translation>Dieser Computer hat keinen verwendbaren Anmeldedatenspeicher (Schlüsselbund) für die Aktivierung.</translation>
    </message>
    <message>
        <source>On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet and log in to a desktop session, then try again.</source>
        <translation>Installieren und starten Sie unter Linux einen Anbieter für Secret Service wie GNOME Keyring oder KWallet, melden Sie sich an einer Desktop-Sitzung an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Credential store is locked</source>
        <translation>Anmeldedatenspeicher ist gesperrt</translation>
    </message>
    <message>
        <source>The system credential store (keyring) is locked, or its password prompt was dismissed or could not be shown.</source>
        <translation>Der Anmeldedatenspeicher des Systems (Schlüsselbund) ist gesperrt, oder seine Passwortabfrage wurde geschlossen oder konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Try again and enter your keyring (usually your login) password when the system asks; without a desktop session, unlock the keyring first (for example with gnome-keyring-daemon --unlock).</source>
        <translation>Versuchen Sie es erneut und geben Sie das Passwort Ihres Schlüsselbunds (meist Ihr Anmeldepasswort) ein, wenn das System danach fragt; ohne Desktop-Sitzung entsperren Sie den Schlüsselbund zuerst (zum Beispiel mit gnome-keyring-daemon --unlock).</translation>
    </message>
    <message>
        <source>The keyring&apos;s password request was dismissed</source>
        <translation>Die Passwortabfrage des Schlüsselbunds wurde geschlossen</translation>
    </message>
    <message>
        <source>The system asked for the password of the keyring that keeps the activation (to create or to unlock it), and the request was dismissed or could not be shown.</source>
        <translation>Das System hat nach dem Passwort des Schlüsselbunds gefragt, in dem die Aktivierung aufbewahrt wird (um ihn anzulegen oder zu entsperren), und die Abfrage wurde geschlossen oder konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Try again and answer the system&apos;s password window. Without a desktop session, unlock or create the keyring first (for example with gnome-keyring-daemon --unlock).</source>
        <translation>Versuchen Sie es erneut und beantworten Sie das Passwortfenster des Systems. Ohne Desktop-Sitzung entsperren oder erstellen Sie den Schlüsselbund zuerst (zum Beispiel mit gnome-keyring-daemon --unlock).</translation>
    </message>
    <message>
        <source>Access to the credential store was denied</source>
        <translation>Zugriff auf den Anmeldedatenspeicher verweigert</translation>
    </message>
    <message>
        <source>The system refused this program access to the credential store.</source>
        <translation>Das System hat diesem Programm den Zugriff auf den Anmeldedatenspeicher verweigert.</translation>
    </message>
    <message>
        <source>Allow this program to use the keyring when asked, then try again.</source>
        <translation>Erlauben Sie diesem Programm bei der Abfrage, den Schlüsselbund zu verwenden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Activation by codes: not done</source>
        <translation>Aktivierung mit Codes: nicht ausgeführt</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write the activation folder</source>
        <translation>Aktivierungsordner nicht beschreibbar</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation>In den Ordner {path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The saved activation is not valid</source>
        <translation>Die gespeicherte Aktivierung ist ungültig</translation>
    </message>
    <message>
        <source>The activation stored on this computer was rejected: {reason}.</source>
        <translation>Die auf diesem Computer gespeicherte Aktivierung wurde abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>{todo}</source>
        <translation>{todo}</translation>
    </message>
    <message>
        <source>The activation changed meanwhile</source>
        <translation>Die Aktivierung hat sich inzwischen geändert</translation>
    </message>
    <message>
        <source>While the license server was being asked, the activation on this computer was deactivated or replaced, so the answer no longer applies.</source>
        <translation>Während der Abfrage beim Lizenzserver wurde die Aktivierung auf diesem Computer deaktiviert oder ersetzt; die Antwort gilt daher nicht mehr.</translation>
    </message>
    <message>
        <source>Look at the current state (the wizard&apos;s status page, or activation-wizard status).</source>
        <translation>Sehen Sie sich den aktuellen Stand an (auf der Statusseite des Assistenten oder mit activation-wizard status).</translation>
    </message>
    <message>
        <source>Another activation finished first</source>
        <translation>Eine andere Aktivierung war schneller</translation>
    </message>
    <message>
        <source>While this activation was in progress, {winner} was activated on this device (another window or program). One license per device: this one was undone and its seat freed again.</source>
        <translation>Während diese Aktivierung lief, wurde {winner} auf diesem Gerät aktiviert (in einem anderen Fenster oder Programm). Eine Lizenz pro Gerät: Diese Aktivierung wurde rückgängig gemacht und ihr Aktivierungsplatz wieder freigegeben.</translation>
    </message>
    <message>
        <source>Keep the one that is active, or replace it with Use another license.</source>
        <translation>Behalten Sie die aktive Lizenz oder ersetzen Sie sie mit „Andere Lizenz verwenden“.</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>This product is not activated on this computer yet.</source>
        <translation>Dieses Produkt ist auf diesem Computer noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>Run the activation wizard, or &apos;activation-wizard activate --license-key KEY&apos;.</source>
        <translation>Starten Sie den Aktivierungsassistenten oder führen Sie &apos;activation-wizard activate --license-key KEY&apos; aus.</translation>
    </message>
    <message>
        <source>the file is larger than a license file can be</source>
        <translation>die Datei ist größer, als eine Lizenzdatei sein kann</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not base64 text</source>
        <translation>sie enthält keinen Base64-Text</translation>
    </message>
    <message>
        <source>it is cut short or damaged</source>
        <translation>sie ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>it holds something else</source>
        <translation>sie enthält etwas anderes</translation>
    </message>
    <message>
        <source>this is a request file: upload it to the offline portal, then load the license file the portal gives back</source>
        <translation>es ist eine Anfragedatei; laden Sie sie in das Offline-Portal hoch und laden Sie dann die Lizenzdatei, die das Portal zurückgibt</translation>
    </message>
    <message>
        <source>the answer belongs to another sign-in (state)</source>
        <translation>die Antwort gehört zu einer anderen Anmeldung (state)</translation>
    </message>
    <message>
        <source>it holds neither a code nor a token</source>
        <translation>sie enthält weder einen Code noch ein Token</translation>
    </message>
    <message>
        <source>nothing was pasted</source>
        <translation>es wurde nichts eingefügt</translation>
    </message>
    <message>
        <source>that is not a code or an address</source>
        <translation>das ist weder ein Code noch eine Adresse</translation>
    </message>
    <message numerus="yes">
        <source> The license has %n seat(s).</source>
        <translation>
            <numerusform> Die Lizenz hat %n Platz.</numerusform>
            <numerusform> Die Lizenz hat %n Plätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>this feature does not count uses</source>
        <translation>diese Funktion zählt keine Nutzungen</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>An interrupted sign-in with the organisation {who} is checked with the license server the next time you sign in with it.</source>
        <translation>Eine unterbrochene Anmeldung bei der Organisation {who} wird beim Lizenzserver geprüft, wenn Sie sich das nächste Mal dort anmelden.</translation>
    </message>
    <message>
        <source>The interrupted activation of {who} has not reached the server so far. It is checked again the next time this program starts.</source>
        <translation>Die unterbrochene Aktivierung von {who} hat den Server bisher nicht erreicht. Sie wird beim nächsten Start dieses Programms erneut geprüft.</translation>
    </message>
    <message>
        <source>The interrupted activation of {who} had not reached the server: no seat was used.</source>
        <translation>Die unterbrochene Aktivierung von {who} hatte den Server nicht erreicht: Es wurde kein Aktivierungsplatz belegt.</translation>
    </message>
    <message>
        <source>The activation of {who} you cancelled had reached the server; its seat was freed again.</source>
        <translation>Die von Ihnen abgebrochene Aktivierung von {who} hatte den Server erreicht; ihr Aktivierungsplatz wurde wieder freigegeben.</translation>
    </message>
    <message>
        <source>An interrupted activation of {who} had reached the server; it is now saved on this computer.</source>
        <translation>Eine unterbrochene Aktivierung von {who} hatte den Server erreicht; sie ist jetzt auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>An interrupted activation of {who} had reached the server, but another license is active here; release that seat in the vendor&apos;s customer portal.</source>
        <translation>Eine unterbrochene Aktivierung von {who} hatte den Server erreicht, aber hier ist eine andere Lizenz aktiv; geben Sie diesen Aktivierungsplatz im Kundenportal des Herstellers frei.</translation>
    </message>
    <message>
        <source>The interrupted deactivation of {who} is finished: its seat is free and the activation is removed from this computer.</source>
        <translation>Die unterbrochene Deaktivierung von {who} ist abgeschlossen: Ihr Aktivierungsplatz ist frei, und die Aktivierung wurde von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>The deactivation of {who} you cancelled had not reached the server; this computer stays activated.</source>
        <translation>Die von Ihnen abgebrochene Deaktivierung von {who} hatte den Server nicht erreicht; dieser Computer bleibt aktiviert.</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>disabled by the vendor</source>
        <translation>vom Hersteller gesperrt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Perpetual</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Time-limited</source>
        <translation>Befristet</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbrauchsbasiert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>{when} (ended; in its grace period until {until})</source>
        <translation>{when} (abgelaufen; in der Kulanzfrist bis {until})</translation>
    </message>
    <message>
        <source>{when} (expired)</source>
        <translation>{when} (abgelaufen)</translation>
    </message>
    <message>
        <source>{when} (less than a day left)</source>
        <translation>{when} (weniger als ein Tag übrig)</translation>
    </message>
    <message numerus="yes">
        <source>{when} (%n day(s) left)</source>
        <translation>
            <numerusform>{when} (noch %n Tag)</numerusform>
            <numerusform>{when} (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (unlimited)</source>
        <translation>
            <numerusform>%n (unbegrenzt)</numerusform>
            <numerusform>%n (unbegrenzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} of {limit}</source>
        <translation>{used} von {limit}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Also in the bundle</source>
        <translation>Ebenfalls im Paket</translation>
    </message>
    <message>
        <source>Licensed to</source>
        <translation>Lizenziert für</translation>
    </message>
    <message>
        <source>{type} (trial)</source>
        <translation>{type} (Testversion)</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>Lizenztyp</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Devices activated</source>
        <translation>Aktivierte Geräte</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>until {when}</source>
        <translation>bis {when}</translation>
    </message>
    <message>
        <source>ended {when} (this version keeps working)</source>
        <translation>endeten am {when} (diese Version funktioniert weiter)</translation>
    </message>
    <message>
        <source>Floating seats</source>
        <translation>Floating-Plätze</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>a floating license</source>
        <translation>eine Floating-Lizenz</translation>
    </message>
    <message>
        <source>{count} of feature {code}</source>
        <translation>{count} der Funktion {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), shared</source>
        <translation>
            <numerusform>%n Platz, geteilt</numerusform>
            <numerusform>%n Plätze, geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>; borrowed by this computer until {when}</source>
        <translation>; von diesem Computer ausgeliehen bis {when}</translation>
    </message>
    <message>
        <source>A floating license: this computer takes a seat while the program runs.</source>
        <translation>Eine Floating-Lizenz: Dieser Computer belegt einen Platz, solange das Programm läuft.</translation>
    </message>
    <message numerus="yes">
        <source>A floating license: this computer takes one of %n seat(s) while the program runs.</source>
        <translation>
            <numerusform>Eine Floating-Lizenz: Dieser Computer belegt den einen Platz, solange das Programm läuft.</numerusform>
            <numerusform>Eine Floating-Lizenz: Dieser Computer belegt einen von %n Plätzen, solange das Programm läuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} used (unlimited)</source>
        <translation>{used} verbraucht (unbegrenzt)</translation>
    </message>
    <message>
        <source>{used} of {limit} used</source>
        <translation>{used} von {limit} verbraucht</translation>
    </message>
    <message>
        <source>; up to {more} more allowed</source>
        <translation>; bis zu {more} mehr erlaubt</translation>
    </message>
    <message>
        <source>; resets {period}</source>
        <translation>; wird {period} zurückgesetzt</translation>
    </message>
    <message>
        <source>{name} (until {when})</source>
        <translation>{name} (bis {when})</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (abgelaufen)</translation>
    </message>
    <message>
        <source>This license ended on {ended}. It keeps working until {until}: renew it before then to keep using it.</source>
        <translation>Diese Lizenz ist am {ended} abgelaufen. Sie funktioniert noch bis {until}: Verlängern Sie sie vorher, um sie weiter zu nutzen.</translation>
    </message>
    <message>
        <source>{when} (overdue: connect and check)</source>
        <translation>{when} (überfällig: verbinden und prüfen)</translation>
    </message>
    <message>
        <source>{when} (due now)</source>
        <translation>{when} (jetzt fällig)</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>Secret Service keyring</source>
        <translation>Schlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
</context>
</TS>
