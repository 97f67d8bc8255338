## Fletët e informacionit për çdo shërbim ("shtyp informacionin"): çfarë të duhet,
## sa kushton, ku dhe kur. Të dhënat nga shënimet e projektit (DOMAIN.md).

info-need = Çfarë të duhet
info-cost = Sa kushton
info-where = Ku dhe kur

info-certificates-need = Codice fiscale (kodi tatimor) i personit të certifikatës. Për certifikatën me pullë, një marca da bollo (pullë takse) 16 euro.
info-certificates-cost = Certifikata online është falas. Me pullë kushton 16 euro (marca da bollo); certifikatat e lindjes dhe të martesës janë gjithmonë pa pullë.
info-certificates-where = Menjëherë, këtu në kioskë ose në portalin ANPR. Certifikata vlen 6 muaj dhe nuk u jepet zyrave publike: atyre u mjafton vetëdeklarimi.

info-residence-change-need = Një dokument identiteti për çdo person që shpërngulet, leja e qëndrimit (ose dëftesa e Poste) për ata që nuk janë shtetas të Bashkimit Evropian, kontrata e qirasë e regjistruar ose dokumenti që të jep të drejtën të banosh në shtëpi.
info-residence-change-cost = Falas.
info-residence-change-where = Brenda 20 ditëve nga shpërngulja. Comune e regjistron deklaratën brenda 2 ditëve pune; Polizia Municipale (policia bashkiake) mund të kontrollojë brenda 45 ditëve. Ufficio Anagrafe (gjendja civile), Comune di Arezzo, Piazza Amintore Fanfani.

info-permit-status-need = Numri i dosjes (10 karaktere) ose "numero assicurata" (12 shifra) në dëftesën e Poste.
info-permit-status-cost = Falas.
info-permit-status-where = Gjithmonë, këtu ose në faqen e Polizia di Stato (faqja publike që e lexon kioska). Kur leja është gati, Questura (policia) të dërgon një SMS me ditën dhe vendin ku ta marrësh.

info-family-reunification-need = Një leje qëndrimi për të paktën një vit, të ardhurat e vitit të fundit (Certificazione Unica ose deklarata e të ardhurave), kontrata e shtëpisë dhe certifikata e përshtatshmërisë së banesës (idoneità alloggiativa) nga Comune, dokumentet e familjarëve.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = Për kërkesën duhet një marca da bollo (pullë takse) 16 euro; të dhënat e saj shkruhen në portal. Certifikata e përshtatshmërisë së banesës dhe përkthimet e dokumenteve kushtojnë.
info-family-reunification-where = Kërkesa bëhet në portalin ALI të Ministero dell'Interno, me SPID-in tënd ose me CIE-në tënde: këtu e përgatit, dhe nëse do, një operator e bën me ty. Ajo shkon te Sportello Unico per l'Immigrazione i Prefettura di Arezzo; pastaj familjari kërkon vizën në konsullatën italiane.

info-citizenship-status-need = Numri i kërkesës (K10…) dhe data jote e lindjes.
info-citizenship-status-cost = Falas.
info-citizenship-status-where = Gjendja e kërkesës shihet vetëm në portalin ALI të Ministero dell'Interno, duke hyrë me SPID-in tënd ose me CIE-në tënde: këtu përgatit fletën, dhe nëse do, një operator e hap portalin me ty. Ligji parashikon një vendim brenda 24 muajve, që mund të zgjaten deri në 36.

info-italian-test-a2-need = Leja e qëndrimit, pasaporta, codice fiscale (kodi tatimor) dhe një adresë e-mail që e lexon çdo ditë.
info-italian-test-a2-cost = Falas.
info-italian-test-a2-where = Kërkesa bëhet në faqen testitaliano.interno.it, me SPID-in tënd ose me CIE-në tënde: këtu e përgatit, dhe nëse do, një operator e bën me ty. Ftesa vjen me e-mail brenda 60 ditëve; testi bëhet në një CPIA (shkollë për të rritur). Nëse nuk e kalon, mund të regjistrohesh përsëri pas 90 ditësh.

info-state-school-enrolment-need = Të dhënat e fëmijës dhe të prindërve, kodi i shkollës që zgjedh (10 karaktere, për Arezzo fillon me AR) dhe një adresë e-mail.
info-state-school-enrolment-cost = Falas.
info-state-school-enrolment-where = Regjistrimet bëhen në platformën Unica të Ministrisë, me SPID-in tënd ose me CIE-në tënde, çdo vit midis janarit dhe shkurtit: këtu i përgatit, dhe nëse do, një operator i bën me ty. Jashtë kësaj periudhe, çoje formularin në sekretarinë e shkollës.

info-municipal-school-services-need = Të dhënat e fëmijës dhe të prindit që paguan, codice fiscale, emri i shkollës dhe, nëse e ke, vërtetimi ISEE.
info-municipal-school-services-cost = Kërkesa është falas. Shërbimi paguhet sipas ISEE: deri në 13.500 euro tarifa është e ulur.
info-municipal-school-services-where = Zyra e shkollave e Comune di Arezzo (Sportello Unico, Piazza Amintore Fanfani), në periudhat e regjistrimit që cakton Comune.

info-online-magazines-need = Karta e një biblioteke të Toskanës.
info-online-magazines-cost = Falas.
info-online-magazines-where = Gjithmonë, nga telefoni ose kompjuteri me MLOL, ose në bibliotekë. Karta bëhet falas në Biblioteca Città di Arezzo, via dei Pileati 8.

info-training-courses-need = Një dokument dhe leja e qëndrimit. Për voucher-at dhe ndihmat, regjistrimi në Centro per l'Impiego (zyra e punësimit).
info-training-courses-cost = Shumë kurse janë falas; fleta e kursit tregon koston.
info-training-courses-where = Te agjencia e formimit e shkruar në fletë, para afatit. Informacion te Centro per l'Impiego në Arezzo, via Monte Cervino 24.

info-job-offers-need = CV-ja, një dokument dhe leja e qëndrimit.
info-job-offers-cost = Falas.
info-job-offers-where = Te Centro per l'Impiego i shkruar në ofertë (Arezzo, San Giovanni Valdarno, Sestino, Civitella), para datës së mbylljes.

info-health-booking-need = Receta elektronike (numri NRE) dhe tessera sanitaria (karta shëndetësore), ose kodi STP nëse nuk ke leje qëndrimi.
info-health-booking-cost = Paguhet ticket-i me pagoPA, nëse nuk ke një përjashtim të shkruar në recetë.
info-health-booking-where = Spitalet dhe shtëpitë e shëndetit (case della salute) të USL Toscana Sud Est. Për ta anuluar, telefono CUP-in me kodin e rezervimit.
