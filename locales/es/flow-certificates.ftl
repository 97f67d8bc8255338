## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = ¿Qué certificado necesitas?
flow-certificates-certificate_type-residence = Residencia
flow-certificates-certificate_type-family-status = Composición familiar (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = Residencia y composición familiar
flow-certificates-certificate_type-civil-status = Estado civil
flow-certificates-certificate_type-birth = Nacimiento
flow-certificates-certificate_type-marriage = Matrimonio
flow-certificates-certificate_type-existence = Fe de vida

flow-certificates-page-holder = De quién es el certificado
flow-certificates-codice_fiscale = Codice fiscale (código fiscal) de la persona
flow-certificates-codice_fiscale-hint = Solo puedes pedir certificados de personas que viven en Arezzo.
flow-certificates-surname = Apellido de la persona

flow-certificates-use = ¿Para qué necesitas el certificado?
flow-certificates-use-hint = El certificado cuesta un timbre fiscal (marca da bollo) de 16 euros, salvo para algunos usos que marca la ley.
flow-certificates-use-stamp-duty = Otro uso (con timbre fiscal de 16 euros)
flow-certificates-use-school = Escuela o beca de estudios (gratis)
flow-certificates-use-pension = Pensión (gratis)
flow-certificates-use-social-assistance = Asistencia social o ayudas (gratis)
flow-certificates-use-legal-aid = Asistencia jurídica gratuita (gratuito patrocinio) (gratis)
flow-certificates-use-sport = Deporte aficionado (gratis)

flow-certificates-copies = ¿Cuántas copias?

flow-certificates-what_next = El certificado vale 6 meses. No se puede entregar a oficinas públicas ni a empresas de servicios públicos: a ellas les basta una declaración tuya (autocertificazione). Si el certificado es con timbre, compra una marca da bollo (timbre fiscal) de 16 euros en un estanco (tabaccheria) y pégala en el certificado, en el espacio indicado, antes de usarlo.
