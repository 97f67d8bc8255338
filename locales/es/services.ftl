## Categories of the home screen.

category-citizen-life = Vida cotidiana
category-education = Educación
category-culture = Cultura
category-work-training = Trabajo y formación
category-health = Salud

## Services: name, then one line under it.

service-certificates = Certificados del padrón (anagrafe)
service-certificates-summary = Pide un certificado de residencia, de composición familiar u otro, e imprímelo aquí.
service-residence-change = Cambio de residencia
service-residence-change-summary = Declara tu nueva dirección y quién vive contigo.
service-permit-status = Consulta del permiso de residencia
service-permit-status-summary = Averigua si tu permiso de residencia (permesso di soggiorno) está listo.
service-family-reunification = Reagrupación familiar
service-family-reunification-summary = Comprueba tus ingresos y tu vivienda, y luego prepara la solicitud para el portal ALI.
service-citizenship-status = Estado de la solicitud de ciudadanía
service-citizenship-status-summary = Cómo ver en qué punto está tu solicitud, en el portal ALI.
service-italian-test-a2 = Examen de lengua italiana A2
service-italian-test-a2-summary = Prepara la inscripción en el examen, que se hace en el portal del Ministerio.
service-state-school-enrolment = Matrícula en la escuela pública
service-state-school-enrolment-summary = Prepara la inscripción en el primer curso, que se hace en el portal Unica.
service-municipal-school-services = Guardería, comedor y transporte escolar
service-municipal-school-services-summary = Pide al Comune (ayuntamiento) la guardería, el comedor o el autobús escolar.
service-online-magazines = Periódicos y revistas en línea
service-online-magazines-summary = Lee periódicos y revistas en muchos idiomas con tu carné de la biblioteca.
service-training-courses = Cursos de formación
service-training-courses-summary = Busca un curso en la provincia de Arezzo e imprime la ficha.
service-job-offers = Ofertas de trabajo
service-job-offers-summary = Busca las ofertas de los centros de empleo (Centri per l'impiego) e imprime la ficha.
service-health-booking = Citas médicas y pruebas
service-health-booking-summary = Pide cita con la receta electrónica y paga el copago (ticket) con pagoPA.
