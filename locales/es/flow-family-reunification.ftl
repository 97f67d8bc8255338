## Reagrupación familiar: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = Tu permiso de residencia (permesso di soggiorno)
flow-family-reunification-permit_type = ¿Qué tipo de permiso tienes?
flow-family-reunification-permit_type-work = Trabajo por cuenta ajena
flow-family-reunification-permit_type-self-employment = Trabajo por cuenta propia
flow-family-reunification-permit_type-family = Motivos familiares
flow-family-reunification-permit_type-long-term = Residente de larga duración UE
flow-family-reunification-permit_type-study = Estudios
flow-family-reunification-permit_type-asylum = Asilo o protección subsidiaria
flow-family-reunification-permit_type-other = Otro
flow-family-reunification-permit_one_year = ¿Tu permiso dura al menos un año?
flow-family-reunification-permit_one_year-hint = Mira la fecha de expedición y la fecha de caducidad en el permiso.
flow-family-reunification-permit-too-short = Para pedir la reagrupación familiar necesitas un permiso de al menos un año. Pregunta al operador qué otras opciones hay.

flow-family-reunification-family-add-another = ¿Quieres añadir otro familiar?
flow-family-reunification-page-member = El familiar que quieres traer a Italia
flow-family-reunification-relationship = ¿Quién es para ti?
flow-family-reunification-relationship-spouse = Marido o esposa
flow-family-reunification-relationship-minor-child = Hijo o hija menor de edad
flow-family-reunification-relationship-adult-child-disabled = Hijo o hija mayor de edad con invalidez total
flow-family-reunification-relationship-parent = Padre o madre a tu cargo
flow-family-reunification-member_surname = Apellido
flow-family-reunification-member_given_name = Nombre
flow-family-reunification-member_birth_date = Fecha de nacimiento
flow-family-reunification-member_country = País donde vive ahora
flow-family-reunification-member_country-hint = El visado se pide en el consulado italiano de ese país.
flow-family-reunification-age-does-not-fit = La edad no corresponde: el cónyuge debe tener al menos 18 años y un hijo menor, menos de 18.

flow-family-reunification-annual_income = Tus ingresos del último año, en euros
flow-family-reunification-annual_income-hint = El total bruto de la Certificazione Unica o de la declaración de la renta. Puedes sumar los ingresos de los familiares que viven contigo.
flow-family-reunification-income-too-low = Para este número de familiares necesitas unos ingresos de al menos { NUMBER($income_threshold, minimumFractionDigits: 2) } euros al año. Pregunta al operador: a veces se pueden sumar los ingresos de otros familiares.

flow-family-reunification-page-housing = La vivienda donde viviréis
flow-family-reunification-dwelling_area = ¿Cuántos metros cuadrados tiene la vivienda?
flow-family-reunification-dwelling_area-hint = Está escrito en el contrato de alquiler o en el plano de la vivienda.
flow-family-reunification-housing-too-small = Para todas las personas que vivirán en la vivienda se necesitan al menos { NUMBER($housing_minimum, maximumFractionDigits: 0) } metros cuadrados.
flow-family-reunification-housing_certificate = ¿Tienes el certificado de idoneidad de la vivienda (idoneità alloggiativa) del Comune?
flow-family-reunification-housing_certificate-hint = Si todavía no lo tienes, pídelo en la oficina de vivienda del Comune: la solicitud lo necesita.

flow-family-reunification-page-applicant = Tus datos
flow-family-reunification-surname = Apellido
flow-family-reunification-given_name = Nombre
flow-family-reunification-codice_fiscale = Código fiscal (codice fiscale)

flow-family-reunification-page-contacts = Cómo te contactamos
flow-family-reunification-phone = Número de teléfono
flow-family-reunification-email = Correo electrónico (si tienes)

flow-family-reunification-what_next = La solicitud va al Sportello Unico per l'Immigrazione de la Prefettura, que pide la opinión de la Questura. La autorización (nulla osta) llega en un plazo de 90 días. Después tu familiar pide el visado en el consulado italiano; en los 8 días siguientes a su llegada a Italia debéis ir juntos al Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = Tu SPID, o tu CIE con su PIN; el permiso de residencia; tu pasaporte y los de tus familiares; el contrato de alquiler o la escritura de propiedad de la vivienda y el certificado de idoneidad de la vivienda (idoneità alloggiativa) del Comune; tus ingresos del último año (Certificazione Unica o declaración de la renta); los datos de una marca da bollo (timbre fiscal) de 16 euros.
