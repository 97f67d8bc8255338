## Testi i gjuhës italiane A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = Çfarë do të bësh?
flow-italian-test-a2-purpose-enrol = Të regjistrohem për testin
flow-italian-test-a2-purpose-result = Të mësoj rezultatin e testit

flow-italian-test-a2-page-result = Rezultati i testit
flow-italian-test-a2-application_number = Numri i kërkesës
flow-italian-test-a2-application_number-hint = Është në dëftesën e regjistrimit për testin, ose në e-mail-in e Prefettura-s (prefekturës).
flow-italian-test-a2-result_birth_date = Data jote e lindjes

flow-italian-test-a2-exemption = A vlen për ty një nga këto?
flow-italian-test-a2-exemption-hint = Kush është në një nga këto raste nuk duhet ta bëjë testin.
flow-italian-test-a2-exemption-none = Jo, asnjë
flow-italian-test-a2-exemption-under-14 = Jam nën 14 vjeç
flow-italian-test-a2-exemption-italian-school = Kam një diplomë nga një shkollë italiane
flow-italian-test-a2-exemption-cpia-certificate = Kam një certifikatë italishteje A2 ose më të lartë nga një CPIA (shkollë për të rritur) ose nga një ent i njohur
flow-italian-test-a2-exemption-university = Studioj ose kam studiuar në një universitet italian
flow-italian-test-a2-exemption-disability = Kam një sëmundje ose aftësi të kufizuar që nuk më lejon ta mësoj gjuhën, me certifikatë mjekësore

flow-italian-test-a2-exempt = Nuk duhet ta bësh testin. Kur kërkon lejen afatgjatë, sill dokumentin që e vërteton (diplomën, certifikatën ose certifikatën mjekësore). Operatori mund të të ndihmojë.

flow-italian-test-a2-recent_fail = Në 90 ditët e fundit nuk e ke kaluar testin, ose nuk je paraqitur pa ndonjë arsye?
flow-italian-test-a2-recent_fail-hint = Pas një testi të pakaluar ose një mungese pa arsye duhet të presësh 90 ditë para se të regjistrohesh përsëri.
flow-italian-test-a2-wait-90-days = Mund të regjistrohesh përsëri 90 ditë pas testit. Kthehu më vonë, ose pyet operatorin për datën e saktë.

flow-italian-test-a2-page-applicant = Të dhënat e tua
flow-italian-test-a2-surname = Mbiemri
flow-italian-test-a2-given_name = Emri
flow-italian-test-a2-birth_date = Data e lindjes

flow-italian-test-a2-page-origin = Lindja dhe shtetësia
flow-italian-test-a2-birth_country = Shteti i lindjes
flow-italian-test-a2-citizenship = Shtetësia
flow-italian-test-a2-codice_fiscale = Codice fiscale (kodi tatimor)

flow-italian-test-a2-page-permit = Leja jote e qëndrimit
flow-italian-test-a2-permit_type = Çfarë lloj leje ke?
flow-italian-test-a2-permit_type-work = Punë me pagë (me punëdhënës)
flow-italian-test-a2-permit_type-self-employment = Punë e pavarur
flow-italian-test-a2-permit_type-family = Arsye familjare
flow-italian-test-a2-permit_type-study = Studim
flow-italian-test-a2-permit_type-other = Tjetër
flow-italian-test-a2-permit_number = Numri i lejes
flow-italian-test-a2-permit_number-hint = Është lart djathtas në kartën e lejes.
flow-italian-test-a2-permit_expiry = Data e skadimit të lejes
flow-italian-test-a2-permit_expiry-hint = Nëse leja ka skaduar pak kohë më parë dhe ke kërkuar rinovimin, shkruaj datën e kartës së vjetër.

flow-italian-test-a2-page-passport = Pasaporta jote
flow-italian-test-a2-passport_number = Numri i pasaportës
flow-italian-test-a2-passport_expiry = Data e skadimit të pasaportës

flow-italian-test-a2-page-address = Ku banon
flow-italian-test-a2-comune = Comune (bashkia)
flow-italian-test-a2-street = Rruga dhe numri
flow-italian-test-a2-cap = CAP (kodi postar)

flow-italian-test-a2-page-contacts = Si të thërrasin për testin
flow-italian-test-a2-email = E-mail
flow-italian-test-a2-email-hint = Prefettura e dërgon ftesën me e-mail: shkruaj një adresë që e lexon çdo ditë.
flow-italian-test-a2-phone = Telefoni

flow-italian-test-a2-what_next = Brenda 60 ditëve Prefettura të dërgon me e-mail ftesën: ditën, orën dhe CPIA-n ku bëhet testi. Sill pasaportën dhe lejen e qëndrimit. Rezultati shkon edhe te Questura (policia).
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = SPID-i yt, ose CIE-ja jote me PIN-in; leja e qëndrimit; pasaporta; një adresë e-mail që e lexon: ftesa vjen aty.
