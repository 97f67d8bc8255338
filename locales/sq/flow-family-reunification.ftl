## Family reunification: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = Leja jote e qëndrimit
flow-family-reunification-permit_type = Çfarë lloj leje ke?
flow-family-reunification-permit_type-work = Punë si punonjës
flow-family-reunification-permit_type-self-employment = Punë e pavarur
flow-family-reunification-permit_type-family = Arsye familjare
flow-family-reunification-permit_type-long-term = Qëndrim afatgjatë (BE)
flow-family-reunification-permit_type-study = Studim
flow-family-reunification-permit_type-asylum = Azil ose mbrojtje plotësuese
flow-family-reunification-permit_type-other = Tjetër
flow-family-reunification-permit_one_year = A vlen leja jote të paktën një vit?
flow-family-reunification-permit_one_year-hint = Shiko datën e lëshimit dhe datën e skadimit në leje.
flow-family-reunification-permit-too-short = Për të kërkuar bashkimin familjar të duhet një leje të paktën një vjeçare. Pyet operatorin për rrugë të tjera.

flow-family-reunification-family-add-another = Do të shtosh një familjar tjetër?
flow-family-reunification-page-member = Familjari që do të sjellësh në Itali
flow-family-reunification-relationship = Kush është ai ose ajo për ty?
flow-family-reunification-relationship-spouse = Burri ose gruaja
flow-family-reunification-relationship-minor-child = Djali ose vajza nën 18 vjeç
flow-family-reunification-relationship-adult-child-disabled = Djali ose vajza mbi 18 vjeç me invaliditet të plotë
flow-family-reunification-relationship-parent = Prind që e mban ti
flow-family-reunification-member_surname = Mbiemri
flow-family-reunification-member_given_name = Emri
flow-family-reunification-member_birth_date = Data e lindjes
flow-family-reunification-member_country = Shteti ku jeton tani
flow-family-reunification-member_country-hint = Viza kërkohet në konsullatën italiane të atij shteti.
flow-family-reunification-age-does-not-fit = Mosha nuk përputhet: bashkëshorti duhet të ketë të paktën 18 vjeç, një fëmijë i mitur më pak se 18.

flow-family-reunification-annual_income = Të ardhurat e tua të vitit të fundit, në euro
flow-family-reunification-annual_income-hint = Totali bruto i Certificazione Unica ose i deklaratës së të ardhurave. Mund të shtosh të ardhurat e familjarëve që jetojnë me ty.
flow-family-reunification-income-too-low = Për këtë numër familjarësh duhen të ardhura të paktën { NUMBER($income_threshold, minimumFractionDigits: 2) } euro në vit. Pyet operatorin: ndonjëherë mund të shtohen të ardhurat e familjarëve të tjerë.

flow-family-reunification-page-housing = Shtëpia ku do të jetoni
flow-family-reunification-dwelling_area = Sa metra katrorë është shtëpia?
flow-family-reunification-dwelling_area-hint = Është shkruar në kontratën e qirasë ose në planimetri.
flow-family-reunification-housing-too-small = Për të gjithë personat që do të jetojnë në shtëpi duhen të paktën { NUMBER($housing_minimum, maximumFractionDigits: 0) } metra katrorë.
flow-family-reunification-housing_certificate = A ke certifikatën e përshtatshmërisë së banesës (idoneità alloggiativa) nga Comune?
flow-family-reunification-housing_certificate-hint = Nëse nuk e ke ende, kërkoje në zyrën e strehimit (Ufficio casa) të Comune: duhet për kërkesën.

flow-family-reunification-page-applicant = Të dhënat e tua
flow-family-reunification-surname = Mbiemri
flow-family-reunification-given_name = Emri
flow-family-reunification-codice_fiscale = Codice fiscale (kodi tatimor)

flow-family-reunification-page-contacts = Si të kontaktojmë
flow-family-reunification-phone = Numri i telefonit
flow-family-reunification-email = E-mail (nëse ke)

flow-family-reunification-what_next = Kërkesa shkon te Sportello Unico per l'Immigrazione i Prefettura-s (prefektura), që kërkon mendimin e Questura-s. Autorizimi (nulla osta) vjen brenda 90 ditëve. Pastaj familjari kërkon vizën në konsullatën italiane; brenda 8 ditëve nga mbërritja në Itali duhet të shkoni bashkë te Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = SPID-i yt, ose CIE-ja jote me PIN-in; leja e qëndrimit; pasaporta jote dhe ato të familjarëve; kontrata e qirasë ose dokumenti i pronësisë së shtëpisë dhe certifikata e përshtatshmërisë së banesës (idoneità alloggiativa) nga Comune; të ardhurat e vitit të fundit (Certificazione Unica ose deklarata e të ardhurave); të dhënat e një pulle takse (marca da bollo) 16 euro.
