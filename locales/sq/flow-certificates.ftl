## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = Cilën certifikatë të duhet?
flow-certificates-certificate_type-residence = Banimi (rezidenca)
flow-certificates-certificate_type-family-status = Përbërja familjare (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = Banimi dhe përbërja familjare
flow-certificates-certificate_type-civil-status = Gjendja civile
flow-certificates-certificate_type-birth = Lindja
flow-certificates-certificate_type-marriage = Martesa
flow-certificates-certificate_type-existence = Vërtetim se personi është gjallë

flow-certificates-page-holder = Për kë është certifikata
flow-certificates-codice_fiscale = Codice fiscale (kodi tatimor) i personit
flow-certificates-codice_fiscale-hint = Mund të kërkosh vetëm certifikata të personave që banojnë në Arezzo.
flow-certificates-surname = Mbiemri i personit

flow-certificates-use = Për çfarë të duhet certifikata?
flow-certificates-use-hint = Certifikata kushton një pullë takse (marca da bollo) 16 euro, përveç disa përdorimeve që i parashikon ligji.
flow-certificates-use-stamp-duty = Përdorim tjetër (me pullë takse 16 euro)
flow-certificates-use-school = Shkollë ose bursë studimi (falas)
flow-certificates-use-pension = Pension (falas)
flow-certificates-use-social-assistance = Ndihmë sociale ose subvencione (falas)
flow-certificates-use-legal-aid = Avokat nga shteti (gratuito patrocinio) (falas)
flow-certificates-use-sport = Sport amator (falas)

flow-certificates-copies = Sa kopje?

flow-certificates-what_next = Certifikata vlen 6 muaj. Nuk mund t'u jepet zyrave publike ose ofruesve të shërbimeve publike: atyre u mjafton një deklaratë e jotja (autocertificazione). Nëse certifikata është me pullë, bli një marca da bollo (pullë takse) 16 euro në duhantore (tabaccheria) dhe ngjite në certifikatë, në hapësirën e treguar, para se ta përdorësh.
