## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = Data dhe ora
doc-kiosk = Kioska
# Variables: $phone (string)
doc-help = Për ndihmë pyet në sportel ose telefono në { $phone }.
doc-receipt-title = Dëftesë
doc-service = Shërbimi
doc-reference = Numri i kërkesës sate. Ruaje: të duhet për të pyetur se në ç'pikë është.
doc-appointment = Takimi
doc-booking-code = Kodi i rezervimit (të duhet për ta anuluar)
doc-next = Çfarë ndodh tani
doc-keep = Ruaje këtë fletë.

doc-payment-title = Njoftim pagese pagoPA
doc-payment-creditor = Enti që merr pagesën
doc-payment-creditor-code = Kodi fiskal i entit
doc-payment-subject = Për çfarë paguan
doc-payment-amount = Shuma
doc-payment-due = Për t'u paguar deri më
doc-payment-notice-number = Kodi i njoftimit
doc-payment-how = Mund të paguash me app IO, në bankë, në postë, në duhanshitore (tabaccheria) ose në farmaci: trego kodin QR ose kodin e njoftimit.
doc-payment-pay-now = Për të paguar menjëherë me telefon, skano këtë kod: hapet faqja e pagesës së pagoPA.

doc-certificate-title = Certifikatë
doc-certificate-number = Numri i certifikatës
doc-certificate-issued = Lëshuar më
doc-certificate-stamp = Marca da bollo (pullë takse) 16 € (vetëm nëse certifikata është me pullë: ngjite këtu para se ta përdorësh certifikatën)

doc-where-title = Ku të kontrollosh
doc-where-permit-status = Mund ta kontrollosh lejen e qëndrimit në faqen e Polizia di Stato (questure.poliziadistato.it, seksioni për të huajt) me numrin e dëftesës së Postës, ose të pyesësh në Questura di Arezzo, Ufficio Immigrazione.
doc-where-citizenship-status = Mund ta kontrollosh kërkesën në portalin ALI të Ministero dell'Interno (portaleservizi.dlci.interno.it) me SPID ose CIE, ose të pyesësh në Prefettura di Arezzo.
doc-where-italian-test-a2 = Mund ta shohësh rezultatin në portalin ALI të Ministero dell'Interno (portaleservizi.dlci.interno.it) me SPID ose CIE, ose të pyesësh në Prefettura di Arezzo.
doc-where-online-magazines = Mund të hysh nga shtëpia në faqen e bibliotekës (toscana.medialibrary.it) me kartën e bibliotekës, ose të pyesësh në Biblioteca Città di Arezzo, via dei Pileati 8.
doc-where-training-courses = Mund të pyesësh në Centro per l'Impiego di Arezzo (zyra e punësimit), via Monte Cervino 24, ose të kërkosh në faqen e Regione Toscana.
doc-where-job-offers = Mund të kërkosh në faqen Toscana Lavoro (lavoro.regione.toscana.it) ose të pyesësh në Centro per l'Impiego di Arezzo (zyra e punësimit), via Monte Cervino 24.

doc-form-title = Formular i plotësuar në kioskë
doc-form-declaration = Deklaroj se të dhënat e shkruara më sipër janë të vërteta. Çoje këtë formular të nënshkruar në zyrë, me një dokument identiteti.
doc-form-date = Data
doc-form-signature = Nënshkrimi
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = Të vetëdijshëm për përgjegjësinë penale për deklaratat e rreme (nenet 75 dhe 76 të DPR 445/2000), deklarojmë se të dhënat e shkruara më sipër janë të vërteta. Deklarata vlen vetëm kur e kanë nënshkruar të gjithë personat madhorë që shpërngulen dhe është dorëzuar, me një kopje të dokumentit të identitetit të secilit, në zyrën e gjendjes civile (anagrafe): në sportel, me postë rekomande (raccomandata) ose me PEC (email i certifikuar).
doc-yes = Po
doc-no = Jo
doc-not-provided = Nuk është treguar

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = Printeri nuk printoi. Kërkesa jote është ruajtur: operatori mund ta printojë përsëri fletën për ty.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = Printeri nuk printoi. Kur të jetë gati, prek «Printo përsëri», ose kërkoji ndihmë operatorit.
printer-paper-out = Printerit i ka mbaruar letra.
printer-jam = Letra ka ngecur në printer.
printer-door-open = Kapaku i printerit është i hapur.
printer-offline = Printeri është i fikur ose i shkëputur.
printer-not-answering = Printeri nuk përgjigjet.
printer-stopped = Radha e printimit ka ndaluar.
printer-other = Printeri tregon një problem.
# Variables: $number (number)
doc-item-number = Personi { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = Rezultati i kontrollit
doc-result-checked = Kontrolluar më
doc-result-source = Kjo është përgjigjja e faqes publike të Polizia di Stato në atë moment. Për të kontrolluar përsëri, hap këtë adresë:
