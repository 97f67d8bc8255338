## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = De ce certificat ai nevoie?
flow-certificates-certificate_type-residence = Reședință
flow-certificates-certificate_type-family-status = Componența familiei (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = Reședință și componența familiei
flow-certificates-certificate_type-civil-status = Stare civilă
flow-certificates-certificate_type-birth = Naștere
flow-certificates-certificate_type-marriage = Căsătorie
flow-certificates-certificate_type-existence = Certificat de viață

flow-certificates-page-holder = Pentru cine este certificatul
flow-certificates-codice_fiscale = Codice fiscale (codul fiscal) al persoanei
flow-certificates-codice_fiscale-hint = Poți cere doar certificate pentru persoane care locuiesc în Arezzo.
flow-certificates-surname = Numele de familie al persoanei

flow-certificates-use = Pentru ce ai nevoie de certificat?
flow-certificates-use-hint = Certificatul costă un timbru fiscal (marca da bollo) de 16 euro, în afară de unele cazuri prevăzute de lege.
flow-certificates-use-stamp-duty = Altă folosință (cu timbru fiscal de 16 euro)
flow-certificates-use-school = Școală sau bursă de studii (gratuit)
flow-certificates-use-pension = Pensie (gratuit)
flow-certificates-use-social-assistance = Asistență socială sau ajutoare (gratuit)
flow-certificates-use-legal-aid = Asistență juridică gratuită (gratuito patrocinio) (gratuit)
flow-certificates-use-sport = Sport de amatori (gratuit)

flow-certificates-copies = Câte exemplare?

flow-certificates-what_next = Certificatul este valabil 6 luni. Nu poate fi dat birourilor publice sau furnizorilor de servicii publice: lor le ajunge o declarație a ta (autocertificazione). Dacă certificatul este cu timbru, cumpără o marca da bollo (timbru fiscal) de 16 euro de la tutungerie (tabaccheria) și lipește-o pe certificat, în spațiul indicat, înainte de a-l folosi.
