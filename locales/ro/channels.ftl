## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Trimisă la Comune
# Variables: $agency_reference (string)
channel-comune-sent-status = Sistemul Comune di Arezzo (primăria) a primit cererea. Numărul de la Comune: { $agency_reference }.
channel-comune-queued-title = Salvată în chioșc
channel-comune-queued-status = Cererea este salvată în chioșc și pleacă spre Comune imediat ce sistemul său răspunde. Comune nu a primit-o încă. Nu trebuie să faci nimic: dacă apare o problemă, ghișeul te cheamă.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = Programare făcută
# Variables: $agency_reference (string)
channel-pagopa-sent-status = CUP-ul (centrul de programări) al Azienda USL a înregistrat programarea. Numărul CUP: { $agency_reference }. Dacă există un ticket (taxă), se plătește cu avizul pagoPA: la bancă, la poștă, la tutungerie sau cu aplicația.
channel-pagopa-queued-title = Salvată în chioșc
channel-pagopa-queued-status = Cererea este salvată în chioșc și pleacă spre CUP imediat ce acesta răspunde. Nu este încă o programare: dacă ora nu mai este liberă, ghișeul te cheamă.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = Ticketul de plătit (pagoPA)
pagopa-checking = Se verifică avizul de plată cu pagoPA…
pagopa-amount = Suma
pagopa-due = De plătit până la
pagopa-state-payable = Avizul este valabil: îl poți plăti imediat cu telefonul sau cu avizul tipărit, la bancă, la poștă, la tutungerie ori cu app IO.
pagopa-state-overdue = Data scadentă a trecut, dar avizul se mai poate plăti.
pagopa-state-paid = Acest aviz figurează ca deja plătit: nu-l plăti din nou.
pagopa-state-expired = Acest aviz a expirat și nu se mai poate plăti: nu îl tipărim. Întreabă la ghișeul CUP cum să plătești ticketul.
pagopa-state-invalid = Acest aviz a fost anulat de Azienda USL: nu îl tipărim. Întreabă la ghișeul CUP.
pagopa-unknown = pagoPA nu cunoaște acest aviz: nu îl tipărim. Întreabă la ghișeul CUP cum să plătești ticketul.
pagopa-unreachable = Acum nu putem verifica avizul cu pagoPA, așa că nu îl tipărim. Programarea rămâne valabilă: întreabă la ghișeu cum să plătești ticketul.
pagopa-not-verified = Nu am reușit să verificăm avizul cu pagoPA, așa că nu îl tipărim. Programarea rămâne valabilă: întreabă la ghișeu cum să plătești ticketul.
pagopa-pay-now = Ca să plătești imediat cu telefonul, scanează acest cod: se deschide pagina de plată pagoPA.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = Gata pentru portal
channel-portal-prepared-status = Nu am trimis nimic. Această cerere se face doar pe portal, cu SPID-ul tău sau cu CIE-ul tău. Pe foaie găsești adresa, cum intri și răspunsurile tale: o poți face acasă sau aici, cu un operator.
channel-portal-sent-title = Ghișeul are răspunsurile tale
# Variables: $agency_reference (string)
channel-portal-sent-status = Ghișeul de ajutor a primit răspunsurile tale (numărul { $agency_reference }). Un operator face cererea cu tine pe portal, cu SPID-ul tău sau cu CIE-ul tău. Biroul nu a primit încă nimic.
channel-portal-queued-title = Salvată pentru ghișeu
channel-portal-queued-status = Răspunsurile tale sunt salvate în chioșc și pleacă spre ghișeul de ajutor imediat ce sistemul Comune răspunde. Biroul nu a primit încă nimic: cererea se face pe portal.

## public-page: a public web page read for the person.

channel-public-page-answered-title = Răspunsul paginii Polizia di Stato
channel-public-page-answered-status = Iată ce spune acum pagina publică a Polizia di Stato (Poliția de Stat) pentru numărul tău. Chioșcul nu a trimis nicio cerere.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = Din lista publicată
channel-catalogue-answered-status = Aceste informații vin din lista pe care o publică biroul. Chioșcul nu a trimis nicio cerere: ca să te înscrii sau să candidezi, urmează fișa.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (Ministerul de Interne)
portal-name-testitaliano = Test di italiano (testul de limba italiană, Ministerul de Interne)
portal-name-unica = Unica (Ministerul Educației și Meritului)
portal-login-title = Cum intri în portal
portal-login-spid = Cu SPID: alege furnizorul tău și confirmă cu aplicația lui pe telefon.
portal-login-cie-app = Cu CIE și aplicația CieID: aplicația citește cardul și scanează codul QR de pe ecran.
portal-login-cie-reader = Cu CIE pe cititorul de la ghișeu: ai nevoie de PIN-ul cardului.
portal-login-cns = Cu Carta Nazionale dei Servizi (cardul de sănătate activat) și un cititor de carduri.
portal-login-eidas = Cu o identitate digitală dintr-o altă țară a Uniunii Europene (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = Vrei să o faci aici, cu un operator? Răspunsurile tale merg la ghișeul de ajutor al Comune. Chioșcul le șterge { $days ->
        [one] după o zi
        [few] după { $days } zile
       *[other] după { $days } de zile
    }.
portal-hand-off = Cere ghișeului să o facă cu mine
check-send-portal = Pregătește foaia pentru portal
print-portal = Tipărește foaia pentru portal

## The "continue on the portal" sheet.

doc-portal-title = Continuă pe portal
doc-portal-nothing-sent = Această foaie nu este o cerere: chioșcul nu a trimis nimic la birou. Cererea se face pe portal, cu identitatea ta digitală.
doc-portal-ready = Ce să ai pregătit
doc-portal-answers = Răspunsurile tale, cu numele pe care îl au pe portal
