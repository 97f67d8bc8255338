## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = U dërgua te Comune
# Variables: $agency_reference (string)
channel-comune-sent-status = Sistemi i Comune di Arezzo (bashkia) e mori kërkesën. Numri i Comune: { $agency_reference }.
channel-comune-queued-title = U ruajt në kioskë
channel-comune-queued-status = Kërkesa është ruajtur në kioskë dhe niset për te Comune sapo sistemi i saj të përgjigjet. Comune nuk e ka marrë ende. Nuk ke nevojë të bësh asgjë: nëse ka ndonjë problem, sporteli të thërret.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = Rezervimi u bë
# Variables: $agency_reference (string)
channel-pagopa-sent-status = CUP (qendra e rezervimeve) e Azienda USL e regjistroi rezervimin. Numri i CUP: { $agency_reference }. Nëse ka ticket (pagesë), paguhet me njoftimin pagoPA: në bankë, në postë, në duhanshitore ose me aplikacionin.
channel-pagopa-queued-title = U ruajt në kioskë
channel-pagopa-queued-status = Kërkesa është ruajtur në kioskë dhe niset për te CUP sapo ai të përgjigjet. Nuk është ende rezervim: nëse ora nuk është më e lirë, sporteli të thërret.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = Ticket-i për t'u paguar (pagoPA)
pagopa-checking = Po kontrollohet njoftimi i pagesës me pagoPA…
pagopa-amount = Shuma
pagopa-due = Për t'u paguar deri më
pagopa-state-payable = Njoftimi është i vlefshëm: mund ta paguash menjëherë me telefon, ose me njoftimin e shtypur në bankë, në postë, në duhanshitore ose me app IO.
pagopa-state-overdue = Afati i pagesës ka kaluar, por njoftimi mund të paguhet ende.
pagopa-state-paid = Ky njoftim rezulton i paguar tashmë: mos e paguaj përsëri.
pagopa-state-expired = Ky njoftim ka skaduar dhe nuk mund të paguhet më: nuk e shtypim. Pyet në sportelin e CUP si ta paguash ticket-in.
pagopa-state-invalid = Ky njoftim është anuluar nga Azienda USL: nuk e shtypim. Pyet në sportelin e CUP.
pagopa-unknown = pagoPA nuk e njeh këtë njoftim: nuk e shtypim. Pyet në sportelin e CUP si ta paguash ticket-in.
pagopa-unreachable = Tani nuk arrijmë ta kontrollojmë njoftimin me pagoPA, prandaj nuk e shtypim. Rezervimi mbetet i vlefshëm: pyet në sportel si ta paguash ticket-in.
pagopa-not-verified = Nuk arritëm ta kontrollojmë njoftimin me pagoPA, prandaj nuk e shtypim. Rezervimi mbetet i vlefshëm: pyet në sportel si ta paguash ticket-in.
pagopa-pay-now = Për të paguar menjëherë me telefon, skano këtë kod: hapet faqja e pagesës së pagoPA.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = Gati për portalin
channel-portal-prepared-status = Nuk kemi dërguar asgjë. Kjo kërkesë bëhet vetëm në portal, me SPID-in tënd ose me CIE-në tënde. Në fletë gjen adresën, si të hysh dhe përgjigjet e tua: mund ta bësh në shtëpi, ose këtu me një operator.
channel-portal-sent-title = Sporteli ka përgjigjet e tua
# Variables: $agency_reference (string)
channel-portal-sent-status = Sporteli i ndihmës mori përgjigjet e tua (numri { $agency_reference }). Një operator e bën kërkesën me ty në portal, me SPID-in tënd ose me CIE-në tënde. Zyra nuk ka marrë ende asgjë.
channel-portal-queued-title = U ruajt për sportelin
channel-portal-queued-status = Përgjigjet e tua janë ruajtur në kioskë dhe nisen për te sporteli i ndihmës sapo sistemi i Comune të përgjigjet. Zyra nuk ka marrë ende asgjë: kërkesa bëhet në portal.

## public-page: a public web page read for the person.

channel-public-page-answered-title = Përgjigja e faqes së Polizia di Stato
channel-public-page-answered-status = Kjo është ajo që faqja publike e Polizia di Stato (policia e shtetit) thotë tani për numrin tënd. Kioska nuk ka dërguar asnjë kërkesë.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = Nga lista e publikuar
channel-catalogue-answered-status = Këto informacione vijnë nga lista që publikon zyra. Kioska nuk ka dërguar asnjë kërkesë: për t'u regjistruar ose për të aplikuar, ndiq fletën.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (Ministria e Brendshme)
portal-name-testitaliano = Test di italiano (testi i italishtes, Ministria e Brendshme)
portal-name-unica = Unica (Ministria e Arsimit dhe e Meritës)
portal-login-title = Si të hysh në portal
portal-login-spid = Me SPID: zgjidh ofruesin tënd dhe konfirmo me aplikacionin e tij në telefon.
portal-login-cie-app = Me CIE dhe aplikacionin CieID: aplikacioni lexon kartën dhe skanon kodin QR në ekran.
portal-login-cie-reader = Me CIE në lexuesin e sportelit: duhet PIN-i i kartës.
portal-login-cns = Me Carta Nazionale dei Servizi (karta shëndetësore e aktivizuar) dhe një lexues kartash.
portal-login-eidas = Me një identitet dixhital nga një vend tjetër i Bashkimit Europian (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = Do ta bësh këtu me një operator? Përgjigjet e tua shkojnë te sporteli i ndihmës i Comune. Kioska i fshin { $days ->
        [one] pas një dite
       *[other] pas { $days } ditësh
    }.
portal-hand-off = Kërkoji sportelit ta bëjë me mua
check-send-portal = Përgatit fletën për portalin
print-portal = Printo fletën për portalin

## The "continue on the portal" sheet.

doc-portal-title = Vazhdo në portal
doc-portal-nothing-sent = Kjo fletë nuk është kërkesë: kioska nuk i ka dërguar asgjë zyrës. Kërkesa bëhet në portal, me identitetin tënd dixhital.
doc-portal-ready = Çfarë të kesh gati
doc-portal-answers = Përgjigjet e tua, me emrin që kanë në portal
