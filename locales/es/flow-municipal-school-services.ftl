## Municipal school services: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = ¿Para qué servicios haces la solicitud?
flow-municipal-school-services-services-hint = Puedes elegir más de uno.
flow-municipal-school-services-services-nursery = Guardería (asilo nido, de 3 meses a 3 años)
flow-municipal-school-services-services-canteen = Comedor escolar (mensa)
flow-municipal-school-services-services-transport = Transporte escolar (autobús escolar)

flow-municipal-school-services-page-transport = El transporte escolar
flow-municipal-school-services-transport_far = ¿Tu casa está fuera del centro de la ciudad y a más de 1 km de la escuela?
flow-municipal-school-services-transport_far-hint = El autobús escolar es solo para quien vive lejos de la escuela.
flow-municipal-school-services-transport-too-close = El transporte es solo para quien vive fuera del centro y a más de 1 km de la escuela. Vuelve atrás y quita el transporte, o pregunta al operador.
flow-municipal-school-services-transport_nearest_school = ¿El niño va a la escuela más cercana a casa?

flow-municipal-school-services-page-child = El niño o la niña
flow-municipal-school-services-child_surname = Apellido
flow-municipal-school-services-child_given_name = Nombre
flow-municipal-school-services-child_birth_date = Fecha de nacimiento
flow-municipal-school-services-nursery-age = La guardería es para niños de hasta 3 años. Si el niño es mayor, quita la guardería de la lista.
flow-municipal-school-services-child_codice_fiscale = Codice fiscale (código fiscal) del niño
flow-municipal-school-services-child_codice_fiscale-hint = Si el niño no tiene codice fiscale, déjalo vacío.

flow-municipal-school-services-school_name = ¿A qué escuela va?
flow-municipal-school-services-school_name-hint = El nombre de la escuela y la clase, por ejemplo "Primaria Pio Borri, 2ª B".

flow-municipal-school-services-page-diet = Las comidas
flow-municipal-school-services-special_diet = ¿El niño necesita una dieta especial?
flow-municipal-school-services-special_diet-none = No
flow-municipal-school-services-special_diet-medical = Sí, por motivos de salud (alergia, intolerancia)
flow-municipal-school-services-special_diet-religious = Sí, por motivos religiosos
flow-municipal-school-services-special_diet-vegetarian = Sí, vegetariana
flow-municipal-school-services-diet_details = ¿Qué no puede comer?
flow-municipal-school-services-diet_details-hint = Por motivos de salud también hace falta el certificado del médico: llévalo a la oficina escolar (ufficio scuola).

flow-municipal-school-services-page-parent = El padre o la madre que paga el servicio
flow-municipal-school-services-parent_relationship = ¿Qué eres del niño?
flow-municipal-school-services-parent_relationship-mother = Madre
flow-municipal-school-services-parent_relationship-father = Padre
flow-municipal-school-services-parent_relationship-guardian = Tutor
flow-municipal-school-services-parent_surname = Apellido
flow-municipal-school-services-parent_given_name = Nombre
flow-municipal-school-services-parent_codice_fiscale = Tu codice fiscale

flow-municipal-school-services-page-address = Dónde vive la familia
flow-municipal-school-services-comune = Comune (municipio)
flow-municipal-school-services-street = Calle y número
flow-municipal-school-services-cap = CAP (código postal)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = ¿Tienes un certificado ISEE válido?
flow-municipal-school-services-has_isee-hint = Con un ISEE de hasta 13.500 euros pagas una tarifa reducida. Sin ISEE se paga la tarifa completa. El ISEE se hace gratis en un CAF.
flow-municipal-school-services-isee_value = Valor del ISEE, en euros

flow-municipal-school-services-page-contacts = Tus datos de contacto
flow-municipal-school-services-phone = Teléfono
flow-municipal-school-services-email = E-mail

flow-municipal-school-services-what_next = La oficina escolar del Comune revisa la solicitud y publica las listas (graduatorie). Te escribe o te llama para decirte si el niño es admitido y cuánto cuesta el servicio.
