## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = ¿Por qué cambias de residencia?
flow-residence-change-reason-from-other-comune = Vengo de otro municipio italiano
flow-residence-change-reason-from-abroad = Vengo del extranjero
flow-residence-change-reason-within-comune = Cambio de dirección dentro de Arezzo
flow-residence-change-reason-other = Otro motivo
flow-residence-change-previous_comune = ¿De qué municipio vienes?
flow-residence-change-previous_comune-hint = El municipio donde tenías la residencia antes.
flow-residence-change-previous_country = ¿De qué país vienes?

flow-residence-change-page-applicant = Tus datos
flow-residence-change-surname = Apellidos
flow-residence-change-given_name = Nombre
flow-residence-change-sex = Sexo
flow-residence-change-sex-female = Mujer
flow-residence-change-sex-male = Hombre

flow-residence-change-page-applicant-birth = Tu nacimiento
flow-residence-change-birth_date = Fecha de nacimiento
flow-residence-change-birth_country = País de nacimiento
flow-residence-change-adult-required = Quien hace la declaración tiene que ser mayor de edad. Un menor se añade como persona que se muda contigo.

flow-residence-change-page-applicant-codes = Codice fiscale y ciudadanía
flow-residence-change-codice_fiscale = Codice fiscale (código fiscal)
flow-residence-change-codice_fiscale-hint = Está en la tarjeta sanitaria (tessera sanitaria): 16 caracteres, u 11 cifras si es provisional.
flow-residence-change-citizenship = Ciudadanía

flow-residence-change-civil_status = Estado civil
flow-residence-change-civil_status-single = Soltero o soltera
flow-residence-change-civil_status-married = Casado o casada
flow-residence-change-civil_status-civil-union = En unión civil
flow-residence-change-civil_status-separated = Separado o separada
flow-residence-change-civil_status-divorced = Divorciado o divorciada
flow-residence-change-civil_status-widowed = Viudo o viuda

flow-residence-change-page-address = Tu nueva dirección en Arezzo
flow-residence-change-street = Calle o plaza
flow-residence-change-street-hint = Por ejemplo: Via Roma.
flow-residence-change-house_number = Número de la casa
flow-residence-change-interior = Piso o puerta (si hay)
flow-residence-change-cap = Código postal (CAP)
flow-residence-change-cap-arezzo = Este código postal no es del Comune di Arezzo: el código postal de la ciudad es 52100.

flow-residence-change-others_registered = ¿Ya hay otras personas con la residencia en esta casa?
flow-residence-change-others_registered-hint = Si es así, la persona titular de la hoja de familia (scheda di famiglia) tendrá que firmar su consentimiento.
flow-residence-change-registered_holder = Nombre y apellidos del titular de la hoja de familia
flow-residence-change-registered_holder-hint = La persona que ya vive aquí y firma el consentimiento.

flow-residence-change-title = ¿Con qué derecho vives en esta casa?
flow-residence-change-title-owner = La casa es mía
flow-residence-change-title-lease = Tengo un contrato de alquiler registrado
flow-residence-change-title-public-housing = Vivienda social (ERP)
flow-residence-change-title-free-loan = Préstamo de uso gratuito registrado (comodato d'uso)
flow-residence-change-title-usufruct = Usufructo
flow-residence-change-title-other = Otro (invitado, convivencia)

flow-residence-change-page-lease = Datos del registro del contrato
flow-residence-change-lease_office = Oficina de la Agenzia delle Entrate (Hacienda)
flow-residence-change-lease_office-hint = Está escrito en el recibo de registro del contrato.
flow-residence-change-lease_date = Fecha de registro
flow-residence-change-lease_number = Número de registro

flow-residence-change-members-add-another = ¿Se muda contigo otra persona?
flow-residence-change-page-member = Una persona que se muda contigo
flow-residence-change-member_surname = Apellidos
flow-residence-change-member_given_name = Nombre
flow-residence-change-member_birth_date = Fecha de nacimiento
flow-residence-change-member_relationship = ¿Qué relación tiene contigo?
flow-residence-change-member_relationship-spouse = Esposo o esposa
flow-residence-change-member_relationship-partner = Pareja
flow-residence-change-member_relationship-child = Hijo o hija
flow-residence-change-member_relationship-parent = Padre o madre
flow-residence-change-member_relationship-sibling = Hermano o hermana
flow-residence-change-member_relationship-other = Otro
flow-residence-change-page-member-codes = Codice fiscale y ciudadanía de la persona
flow-residence-change-member_codice_fiscale = Codice fiscale (si lo tiene)
flow-residence-change-member_citizenship = Ciudadanía

flow-residence-change-page-contacts = Cómo te contactamos
flow-residence-change-phone = Número de teléfono
flow-residence-change-email = Correo electrónico (si tienes)

flow-residence-change-what_next = Tu solicitud sirve para entregar la declaración: la declaración solo vale cuando la han firmado todas las personas mayores de edad que se mudan (las casillas del formulario) y se ha entregado en la ventanilla del padrón (anagrafe), o enviado por PEC (correo electrónico certificado), con los documentos de identidad de todos y el permesso di soggiorno (permiso de residencia) o el recibo de la solicitud. Desde ese día, el Comune (ayuntamiento) registra la residencia en 2 días laborables; en los 45 días siguientes, la Polizia Municipale (policía local) puede ir a comprobar que vives en esta dirección: si no recibes ningún aviso, tu residencia queda confirmada.
