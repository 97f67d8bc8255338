## Fișe de informații pentru fiecare serviciu („tipărește informațiile”): ce îți trebuie,
## cât costă, unde și când. Date din notele de proiectare (DOMAIN.md).

info-need = Ce îți trebuie
info-cost = Cât costă
info-where = Unde și când

info-certificates-need = Codice fiscale (codul fiscal) al persoanei din certificat. Pentru certificatul cu timbru, o marca da bollo (timbru fiscal) de 16 euro.
info-certificates-cost = Certificatul online este gratuit. Cu timbru costă 16 euro (marca da bollo); certificatele de naștere și de căsătorie sunt mereu fără timbru.
info-certificates-where = Imediat, aici la chioșc sau pe portalul ANPR. Certificatul este valabil 6 luni și nu se dă la birourile publice: lor le ajunge declarația pe propria răspundere.

info-residence-change-need = Un act de identitate pentru fiecare persoană care se mută, permisul de ședere (sau chitanța de la Poste) pentru cine nu este cetățean al Uniunii Europene, contractul de închiriere înregistrat sau actul care îți dă dreptul să locuiești în casă.
info-residence-change-cost = Gratuit.
info-residence-change-where = În cel mult 20 de zile de la mutare. Comune (primăria) înregistrează declarația în 2 zile lucrătoare; Polizia Municipale (poliția locală) poate verifica în cel mult 45 de zile. Ufficio Anagrafe (evidența populației), Comune di Arezzo, Piazza Amintore Fanfani.

info-permit-status-need = Numărul dosarului (10 caractere) sau „numero assicurata” (12 cifre) de pe chitanța de la Poste.
info-permit-status-cost = Gratuit.
info-permit-status-where = Oricând, aici sau pe site-ul Polizia di Stato (pagina publică pe care o citește chioșcul). Când permisul este gata, Questura îți trimite un SMS cu ziua și locul unde să-l ridici.

info-family-reunification-need = Un permis de ședere de cel puțin un an, venitul din ultimul an (Certificazione Unica sau declarația de venit), contractul casei și certificatul de conformitate a locuinței (idoneità alloggiativa) de la Comune, actele membrilor familiei.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = Cererea necesită o marca da bollo (timbru fiscal) de 16 euro; datele ei se scriu pe portal. Certificatul de conformitate a locuinței și traducerile actelor costă bani.
info-family-reunification-where = Cererea se face pe portalul ALI al Ministero dell'Interno, cu SPID-ul tău sau cu CIE-ul tău: aici o pregătești, iar dacă vrei, un operator o face cu tine. Merge la Sportello Unico per l'Immigrazione de la Prefettura di Arezzo; apoi membrul familiei cere viza la consulatul Italiei.

info-citizenship-status-need = Numărul cererii (K10…) și data ta de naștere.
info-citizenship-status-cost = Gratuit.
info-citizenship-status-where = Stadiul cererii se vede doar pe portalul ALI al Ministero dell'Interno, intrând cu SPID-ul tău sau cu CIE-ul tău: aici pregătești foaia, iar dacă vrei, un operator deschide portalul cu tine. Legea prevede o decizie în cel mult 24 de luni, care se pot prelungi până la 36.

info-italian-test-a2-need = Permisul de ședere, pașaportul, codice fiscale (codul fiscal) și o adresă de e-mail pe care o citești în fiecare zi.
info-italian-test-a2-cost = Gratuit.
info-italian-test-a2-where = Cererea se face pe site-ul testitaliano.interno.it, cu SPID-ul tău sau cu CIE-ul tău: aici o pregătești, iar dacă vrei, un operator o face cu tine. Convocarea vine prin e-mail în cel mult 60 de zile; testul se dă la un CPIA (centru public pentru educația adulților). Dacă nu îl treci, te poți înscrie din nou după 90 de zile.

info-state-school-enrolment-need = Datele copilului și ale părinților, codul școlii pe care o alegi (10 caractere, pentru Arezzo începe cu AR) și o adresă de e-mail.
info-state-school-enrolment-cost = Gratuit.
info-state-school-enrolment-where = Înscrierile se fac pe platforma Unica a Ministerului, cu SPID-ul tău sau cu CIE-ul tău, în fiecare an între ianuarie și februarie: aici le pregătești, iar dacă vrei, un operator le face cu tine. În afara acestei perioade, du formularul la secretariatul școlii.

info-municipal-school-services-need = Datele copilului și ale părintelui care plătește, codice fiscale, numele școlii și, dacă o ai, adeverința ISEE.
info-municipal-school-services-cost = Cererea este gratuită. Serviciul se plătește după ISEE: până la 13.500 de euro tariful este redus.
info-municipal-school-services-where = Biroul pentru școli de la Comune di Arezzo (Sportello Unico, Piazza Amintore Fanfani), în perioadele de înscriere anunțate de Comune.

info-online-magazines-need = Cardul unei biblioteci din Toscana.
info-online-magazines-cost = Gratuit.
info-online-magazines-where = Oricând, de pe telefon sau de pe calculator cu MLOL, sau la bibliotecă. Cardul se face gratuit la Biblioteca Città di Arezzo, via dei Pileati 8.

info-training-courses-need = Un act de identitate și permisul de ședere. Pentru vouchere și ajutoare, înscrierea la Centro per l'Impiego (oficiul de muncă).
info-training-courses-cost = Multe cursuri sunt gratuite; fișa cursului spune cât costă.
info-training-courses-where = La agenția de formare scrisă pe fișă, înainte de termenul-limită. Informații la Centro per l'Impiego din Arezzo, via Monte Cervino 24.

info-job-offers-need = CV-ul, un act de identitate și permisul de ședere.
info-job-offers-cost = Gratuit.
info-job-offers-where = La Centro per l'Impiego scris pe ofertă (Arezzo, San Giovanni Valdarno, Sestino, Civitella), înainte de data de închidere.

info-health-booking-need = Rețeta electronică (numărul NRE) și tessera sanitaria (cardul de sănătate), sau codul STP dacă nu ai permis de ședere.
info-health-booking-cost = Plătești ticketul prin pagoPA, dacă nu ai o scutire scrisă pe rețetă.
info-health-booking-where = Spitalele și casele de sănătate (case della salute) ale USL Toscana Sud Est. Ca să anulezi, sună la CUP cu codul programării.
