## State school enrolment: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = Las inscripciones en línea están cerradas: se hacen cada año entre enero y febrero. Igualmente puedes preparar aquí la solicitud: la imprimimos y la llevas a la secretaría de la escuela, que acepta inscripciones fuera de plazo.

flow-state-school-enrolment-school_level = ¿En qué escuela quieres inscribir a tu hijo o a tu hija?
flow-state-school-enrolment-school_level-hint = Solo el primer curso. Para la escuela infantil se usa un formulario de papel de la escuela.
flow-state-school-enrolment-school_level-primary = Scuola primaria (primaria), primer curso
flow-state-school-enrolment-school_level-lower-secondary = Scuola secondaria di primo grado (media), primer curso
flow-state-school-enrolment-school_level-upper-secondary = Scuola secondaria di secondo grado (superior), primer curso
flow-state-school-enrolment-school_level-vocational = Curso de formación profesional de la Región (CFP)

flow-state-school-enrolment-page-pupil = El niño o la niña que vas a inscribir
flow-state-school-enrolment-pupil_surname = Apellido
flow-state-school-enrolment-pupil_given_name = Nombre
flow-state-school-enrolment-pupil_sex = Sexo
flow-state-school-enrolment-pupil_sex-female = Mujer
flow-state-school-enrolment-pupil_sex-male = Hombre
flow-state-school-enrolment-pupil_birth_date = Fecha de nacimiento
flow-state-school-enrolment-too-old-for-primary = Para el primer curso de primaria el niño debe tener 5 o 6 años. Si el niño es mayor, habla con la escuela.

flow-state-school-enrolment-page-pupil-origin = Nacimiento y documentos del niño
flow-state-school-enrolment-pupil_birth_country = País de nacimiento
flow-state-school-enrolment-pupil_citizenship = Nacionalidad
flow-state-school-enrolment-pupil_has_cf = ¿El niño tiene codice fiscale (código fiscal)?
flow-state-school-enrolment-pupil_has_cf-hint = Aunque no tenga codice fiscale ni documentos, el niño tiene derecho a ir a la escuela: la escuela te ayuda.
flow-state-school-enrolment-pupil_codice_fiscale = Codice fiscale del niño

flow-state-school-enrolment-page-parent = El padre o la madre que hace la solicitud
flow-state-school-enrolment-parent_relationship = ¿Qué eres del niño?
flow-state-school-enrolment-parent_relationship-mother = Madre
flow-state-school-enrolment-parent_relationship-father = Padre
flow-state-school-enrolment-parent_relationship-guardian = Tutor
flow-state-school-enrolment-parent_surname = Apellido
flow-state-school-enrolment-parent_given_name = Nombre
flow-state-school-enrolment-parent_codice_fiscale = Tu codice fiscale
flow-state-school-enrolment-parent_codice_fiscale-hint = Si no tienes codice fiscale, déjalo vacío: la escuela te ayuda a completar la solicitud.

flow-state-school-enrolment-page-address = Dónde vive el niño
flow-state-school-enrolment-comune = Comune (municipio)
flow-state-school-enrolment-street = Calle y número
flow-state-school-enrolment-cap = CAP (código postal)

flow-state-school-enrolment-page-contacts = Cómo te escribe la escuela
flow-state-school-enrolment-email = E-mail
flow-state-school-enrolment-email-hint = Las noticias sobre la solicitud llegan por e-mail y en la app IO.
flow-state-school-enrolment-phone = Teléfono

flow-state-school-enrolment-page-schools = Las escuelas que eliges
flow-state-school-enrolment-first_choice = Código de la escuela que prefieres
flow-state-school-enrolment-first_choice-hint = El código tiene 10 caracteres y para Arezzo empieza por AR, por ejemplo ARIC82100X. Lo encuentras en "Scuola in Chiaro" o se lo pides al operador.
flow-state-school-enrolment-second_choice = Segunda opción (si quieres)
flow-state-school-enrolment-third_choice = Tercera opción (si quieres)
flow-state-school-enrolment-same-school-twice = Ya elegiste esta escuela: escribe otra escuela o déjalo vacío.

flow-state-school-enrolment-religion_teaching = ¿Quieres que tu hijo vaya a la clase de religión católica?
flow-state-school-enrolment-religion_teaching-hint = Si dices que no, entre finales de mayo y principios de julio eliges con la escuela otra actividad.
flow-state-school-enrolment-religion_teaching-yes = Sí
flow-state-school-enrolment-religion_teaching-no = No, otra actividad

flow-state-school-enrolment-what_next = La escuela estudia la solicitud y te escribe por e-mail si el niño es aceptado en la escuela que elegiste o en otra. Guarda el recibo: ahí está el número de la solicitud.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = Tu SPID, o tu CIE con su PIN; tu codice fiscale y el del niño; el código de la escuela elegida (codice meccanografico, en la web de la escuela o en Scuola in Chiaro).
