## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = Data și ora
doc-kiosk = Chioșc
# Variables: $phone (string)
doc-help = Pentru ajutor, întreabă la ghișeu sau sună la { $phone }.
doc-receipt-title = Chitanță
doc-service = Serviciu
doc-reference = Numărul cererii tale. Păstrează-l: îți trebuie ca să întrebi în ce stadiu este.
doc-appointment = Programare
doc-booking-code = Codul programării (îți trebuie ca să anulezi)
doc-next = Ce se întâmplă acum
doc-keep = Păstrează această foaie.

doc-payment-title = Aviz de plată pagoPA
doc-payment-creditor = Instituția căreia îi plătești
doc-payment-creditor-code = Codul fiscal al instituției
doc-payment-subject = Pentru ce plătești
doc-payment-amount = Suma
doc-payment-due = De plătit până la
doc-payment-notice-number = Codul avizului
doc-payment-how = Poți plăti cu app IO, la bancă, la poștă, la tutungerie sau la farmacie: arată codul QR sau codul avizului.
doc-payment-pay-now = Ca să plătești imediat cu telefonul, scanează acest cod: se deschide pagina de plată pagoPA.

doc-certificate-title = Certificat
doc-certificate-number = Numărul certificatului
doc-certificate-issued = Eliberat la
doc-certificate-stamp = Marca da bollo (timbru fiscal) de 16 € (doar dacă certificatul este cu timbru: lipește-o aici înainte de a folosi certificatul)

doc-where-title = Unde poți verifica
doc-where-permit-status = Poți verifica permisul pe site-ul Polizia di Stato (poliția italiană) (questure.poliziadistato.it, secțiunea străini) cu numărul de pe chitanța de la Poștă, sau poți întreba la Questura di Arezzo, Ufficio Immigrazione.
doc-where-citizenship-status = Poți verifica cererea pe portalul ALI al Ministero dell'Interno (Ministerul de Interne) (portaleservizi.dlci.interno.it) cu SPID sau CIE, sau poți întreba la Prefettura di Arezzo.
doc-where-italian-test-a2 = Poți vedea rezultatul pe portalul ALI al Ministero dell'Interno (Ministerul de Interne) (portaleservizi.dlci.interno.it) cu SPID sau CIE, sau poți întreba la Prefettura di Arezzo.
doc-where-online-magazines = Poți intra de acasă pe site-ul bibliotecii (toscana.medialibrary.it) cu legitimația, sau poți întreba la Biblioteca Città di Arezzo, via dei Pileati 8.
doc-where-training-courses = Poți întreba la Centro per l'Impiego (oficiul pentru locuri de muncă) din Arezzo, via Monte Cervino 24, sau poți căuta pe site-ul Regione Toscana.
doc-where-job-offers = Poți căuta pe site-ul Toscana Lavoro (lavoro.regione.toscana.it) sau poți întreba la Centro per l'Impiego (oficiul pentru locuri de muncă) din Arezzo, via Monte Cervino 24.

doc-form-title = Formular completat la chioșc
doc-form-declaration = Declar că datele scrise mai sus sunt adevărate. Du acest formular semnat la birou, cu un act de identitate.
doc-form-date = Data
doc-form-signature = Semnătura
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = Conștienți de răspunderea penală pentru declarațiile false (articolele 75 și 76 din DPR 445/2000), declarăm că datele scrise mai sus sunt adevărate. Declarația este valabilă doar când au semnat-o toate persoanele majore care se mută și a fost predată, cu o copie a actului de identitate al fiecăreia, la biroul de evidență a populației (anagrafe): la ghișeu, prin scrisoare recomandată (raccomandata) sau prin PEC (e-mail certificat).
doc-yes = Da
doc-no = Nu
doc-not-provided = Nu este indicat

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = Imprimanta nu a tipărit. Cererea ta este salvată: operatorul îți poate tipări din nou foaia.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = Imprimanta nu a tipărit. Când este gata, atinge „Tipărește din nou” sau cere ajutor operatorului.
printer-paper-out = Imprimanta a rămas fără hârtie.
printer-jam = Hârtia s-a blocat în imprimantă.
printer-door-open = Capacul imprimantei este deschis.
printer-offline = Imprimanta este oprită sau deconectată.
printer-not-answering = Imprimanta nu răspunde.
printer-stopped = Coada de tipărire este oprită.
printer-other = Imprimanta semnalează o problemă.
# Variables: $number (number)
doc-item-number = Persoana { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = Rezultatul verificării
doc-result-checked = Verificat la
doc-result-source = Acesta este răspunsul paginii publice a Polizia di Stato (poliția italiană) în acel moment. Pentru a verifica din nou, deschide această adresă:
