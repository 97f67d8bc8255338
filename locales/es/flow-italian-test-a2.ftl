## Italian language test A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = ¿Qué quieres hacer?
flow-italian-test-a2-purpose-enrol = Inscribirme en el examen
flow-italian-test-a2-purpose-result = Saber el resultado del examen

flow-italian-test-a2-page-result = El resultado del examen
flow-italian-test-a2-application_number = Número de la solicitud
flow-italian-test-a2-application_number-hint = Está en el recibo de la inscripción al examen, o en el e-mail de la Prefettura.
flow-italian-test-a2-result_birth_date = Tu fecha de nacimiento

flow-italian-test-a2-exemption = ¿Te pasa alguna de estas cosas?
flow-italian-test-a2-exemption-hint = Quien está en uno de estos casos no tiene que hacer el examen.
flow-italian-test-a2-exemption-none = No, ninguna
flow-italian-test-a2-exemption-under-14 = Tengo menos de 14 años
flow-italian-test-a2-exemption-italian-school = Tengo un título de una escuela italiana
flow-italian-test-a2-exemption-cpia-certificate = Tengo un certificado de italiano A2 o superior de un CPIA (centro público de educación de adultos) o de una entidad reconocida
flow-italian-test-a2-exemption-university = Estudio o he estudiado en una universidad italiana
flow-italian-test-a2-exemption-disability = Tengo una enfermedad o una discapacidad que no me deja aprender el idioma, con certificado médico

flow-italian-test-a2-exempt = No tienes que hacer el examen. Cuando pidas el permiso de larga duración, lleva el documento que lo demuestra (título, certificado o certificado médico). El operador te puede ayudar.

flow-italian-test-a2-recent_fail = En los últimos 90 días, ¿no aprobaste el examen, o no fuiste sin un motivo?
flow-italian-test-a2-recent_fail-hint = Después de un examen no aprobado o una ausencia sin motivo hay que esperar 90 días antes de inscribirse otra vez.
flow-italian-test-a2-wait-90-days = Puedes inscribirte otra vez 90 días después del examen. Vuelve más adelante, o pregunta al operador la fecha exacta.

flow-italian-test-a2-page-applicant = Tus datos
flow-italian-test-a2-surname = Apellido
flow-italian-test-a2-given_name = Nombre
flow-italian-test-a2-birth_date = Fecha de nacimiento

flow-italian-test-a2-page-origin = Nacimiento y nacionalidad
flow-italian-test-a2-birth_country = País de nacimiento
flow-italian-test-a2-citizenship = Nacionalidad
flow-italian-test-a2-codice_fiscale = Codice fiscale (código fiscal)

flow-italian-test-a2-page-permit = Tu permiso de residencia
flow-italian-test-a2-permit_type = ¿Qué tipo de permiso tienes?
flow-italian-test-a2-permit_type-work = Trabajo por cuenta ajena
flow-italian-test-a2-permit_type-self-employment = Trabajo por cuenta propia
flow-italian-test-a2-permit_type-family = Motivos familiares
flow-italian-test-a2-permit_type-study = Estudio
flow-italian-test-a2-permit_type-other = Otro
flow-italian-test-a2-permit_number = Número del permiso
flow-italian-test-a2-permit_number-hint = Está arriba a la derecha en la tarjeta del permiso.
flow-italian-test-a2-permit_expiry = Fecha de caducidad del permiso
flow-italian-test-a2-permit_expiry-hint = Si el permiso caducó hace poco y pediste la renovación, escribe la fecha de la tarjeta vieja.

flow-italian-test-a2-page-passport = Tu pasaporte
flow-italian-test-a2-passport_number = Número del pasaporte
flow-italian-test-a2-passport_expiry = Fecha de caducidad del pasaporte

flow-italian-test-a2-page-address = Dónde vives
flow-italian-test-a2-comune = Comune (municipio)
flow-italian-test-a2-street = Calle y número
flow-italian-test-a2-cap = CAP (código postal)

flow-italian-test-a2-page-contacts = Cómo te avisan para el examen
flow-italian-test-a2-email = E-mail
flow-italian-test-a2-email-hint = La Prefettura manda la convocatoria por e-mail: escribe una dirección que lees todos los días.
flow-italian-test-a2-phone = Teléfono

flow-italian-test-a2-what_next = En un plazo de 60 días la Prefettura te manda por e-mail la convocatoria: día, hora y el CPIA donde hacer el examen. Lleva el pasaporte y el permiso de residencia. El resultado llega también a la Questura.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = Tu SPID, o tu CIE con su PIN; el permiso de residencia; el pasaporte; una dirección de e-mail que leas: la convocatoria llega ahí.
