## Fichas de información de cada servicio («imprimir esta información»): qué necesitas,
## cuánto cuesta, dónde y cuándo. Datos de las notas de diseño (DOMAIN.md).

info-need = Qué necesitas
info-cost = Cuánto cuesta
info-where = Dónde y cuándo

info-certificates-need = El codice fiscale (código fiscal) de la persona del certificado. Para el certificado con timbre, una marca da bollo (timbre fiscal) de 16 euros.
info-certificates-cost = El certificado en línea es gratis. Con timbre cuesta 16 euros (marca da bollo); los certificados de nacimiento y de matrimonio siempre son sin timbre.
info-certificates-where = Enseguida, aquí en el quiosco o en el portal ANPR. El certificado vale 6 meses y no se entrega a las oficinas públicas: a ellas les basta una declaración tuya (autocertificazione).

info-residence-change-need = Un documento de identidad de cada persona que se muda, el permiso de residencia (o el recibo de Correos, Poste) para quien no es ciudadano de la Unión Europea, el contrato de alquiler registrado o el documento que te da derecho a vivir en la casa.
info-residence-change-cost = Gratis.
info-residence-change-where = En un plazo de 20 días desde la mudanza. El Comune (ayuntamiento) registra la declaración en 2 días laborables; la Polizia Municipale (policía local) puede comprobarlo en un plazo de 45 días. Ufficio Anagrafe del Comune di Arezzo, Piazza Amintore Fanfani.

info-permit-status-need = El número del expediente (10 caracteres) o el «numero assicurata» (12 cifras) del recibo de Correos (Poste).
info-permit-status-cost = Gratis.
info-permit-status-where = Siempre, aquí o en la web de la Polizia di Stato (la página pública que lee el quiosco). Cuando el permiso está listo, la Questura te manda un SMS con el día y el lugar para recogerlo.

info-family-reunification-need = Un permiso de residencia de al menos un año, los ingresos del último año (Certificazione Unica o declaración de la renta), el contrato de la casa y el certificado de idoneidad de la vivienda (idoneità alloggiativa) del Comune, los documentos de los familiares.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = La solicitud requiere una marca da bollo (timbre fiscal) de 16 euros, cuyos datos se escriben en el portal. El certificado de idoneidad de la vivienda y las traducciones de los documentos tienen un coste.
info-family-reunification-where = La solicitud se hace en el portal ALI del Ministero dell'Interno, con tu SPID o tu CIE: aquí la preparas y, si quieres, un operador la hace contigo. Va al Sportello Unico per l'Immigrazione de la Prefettura di Arezzo; después el familiar pide el visado al consulado italiano.

info-citizenship-status-need = El número de la solicitud (K10…) y tu fecha de nacimiento.
info-citizenship-status-cost = Gratis.
info-citizenship-status-where = El estado de la solicitud solo se ve en el portal ALI del Ministero dell'Interno, entrando con tu SPID o tu CIE: aquí preparas la hoja y, si quieres, un operador abre el portal contigo. La ley prevé una decisión en un plazo de 24 meses, prorrogables hasta 36.

info-italian-test-a2-need = El permiso de residencia, el pasaporte, el codice fiscale (código fiscal) y una dirección de e-mail que leas cada día.
info-italian-test-a2-cost = Gratis.
info-italian-test-a2-where = La solicitud se hace en el sitio testitaliano.interno.it, con tu SPID o tu CIE: aquí la preparas y, si quieres, un operador la hace contigo. La convocatoria llega por e-mail en un plazo de 60 días; el examen se hace en un CPIA (centro público de educación de adultos). Si no lo apruebas, puedes inscribirte otra vez después de 90 días.

info-state-school-enrolment-need = Los datos del niño y de los padres, el código de la escuela que eliges (10 caracteres, para Arezzo empieza por AR) y una dirección de e-mail.
info-state-school-enrolment-cost = Gratis.
info-state-school-enrolment-where = Las inscripciones se hacen en la plataforma Unica del Ministerio, con tu SPID o tu CIE, cada año entre enero y febrero: aquí las preparas y, si quieres, un operador las hace contigo. Fuera de este periodo, lleva el formulario a la secretaría de la escuela.

info-municipal-school-services-need = Los datos del niño y del padre o la madre que paga, el codice fiscale (código fiscal), el nombre de la escuela y, si lo tienes, el certificado ISEE (attestazione ISEE).
info-municipal-school-services-cost = La solicitud es gratis. El servicio se paga según el ISEE: hasta 13.500 euros la tarifa es reducida.
info-municipal-school-services-where = Oficina escolar del Comune di Arezzo (Sportello Unico, Piazza Amintore Fanfani), en los periodos de inscripción que indica el Comune.

info-online-magazines-need = El carné de una biblioteca de la Toscana.
info-online-magazines-cost = Gratis.
info-online-magazines-where = Siempre, desde el teléfono o el ordenador con MLOL, o en la biblioteca. El carné se hace gratis en la Biblioteca Città di Arezzo, via dei Pileati 8.

info-training-courses-need = Un documento de identidad y el permiso de residencia. Para los vales (voucher) y las ayudas, la inscripción en el Centro per l'Impiego (oficina de empleo).
info-training-courses-cost = Muchos cursos son gratis; la ficha del curso dice el precio.
info-training-courses-where = En la entidad de formación escrita en la ficha, antes de la fecha límite. Información en el Centro per l'Impiego de Arezzo, via Monte Cervino 24.

info-job-offers-need = El currículum, un documento de identidad y el permiso de residencia.
info-job-offers-cost = Gratis.
info-job-offers-where = En el Centro per l'Impiego (oficina de empleo) escrito en la oferta (Arezzo, San Giovanni Valdarno, Sestino, Civitella), antes de la fecha de cierre.

info-health-booking-need = La receta electrónica (el número NRE) y la tessera sanitaria (tarjeta sanitaria), o el código STP si no tienes permiso de residencia.
info-health-booking-cost = Se paga el ticket con pagoPA, si no tienes una exención escrita en la receta.
info-health-booking-where = Hospitales y centros de salud (case della salute) de la USL Toscana Sud Est. Para anular, llama al CUP con el código de la reserva.
