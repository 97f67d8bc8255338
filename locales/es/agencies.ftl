## Lo que responden las oficinas: rechazos, estados de las solicitudes, fichas.
## Los códigos vienen de los contratos de los organismos (docs/contracts).

agency-not-available = El servicio de la oficina no responde en este momento. No has perdido nada: inténtalo más tarde o pregunta al operador.
agency-where-else = También puedes comprobarlo tú solo, en la web de la oficina, o preguntar en la ventanilla. El operador puede imprimirte una hoja con las direcciones.
agency-problem-other = La oficina no ha podido aceptar la solicitud tal como está. Pregunta al operador.
agency-problem-no-such-reference = La oficina no encuentra ningún trámite con este número y esta fecha de nacimiento. Comprueba el número en el recibo.
agency-problem-card-not-valid = La biblioteca no reconoce el carné: comprueba el número y el apellido, o pregunta en la biblioteca.
agency-problem-slot-taken = Otra persona acaba de coger este hueco. Elige otro día u otra hora.
agency-problem-prescription-not-found = El CUP (centro de citas) no encuentra esta receta. Comprueba el número (NRE) en la receta, o pregunta al operador.
agency-problem-prescription-used = Esta receta ya se ha usado para una cita.
agency-problem-already-applied = La oficina ya tiene una solicitud igual a esta.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = El permiso de residencia (permesso di soggiorno) está listo. La Questura (policía para los permisos) te manda un SMS con el día y el lugar para recogerlo.
status-permit-status-in-progress = El permiso de residencia está en trámite: todavía no está listo. Vuelve a consultar en unos días.
status-permit-status-not-in-archive = Este número no está en el archivo de la Polizia di Stato (policía italiana). Comprueba el número en el recibo. Si es correcto, quizás la solicitud todavía no ha llegado: inténtalo de nuevo en unos días o pregunta al operador.
permit-page-unreadable = No pudimos leer la respuesta de la página de la Polizia di Stato. Abre la página con el operador, o en tu teléfono con este código QR, y escribe tu número.



item-provider = Organiza
item-place = Lugar
item-hours = Horas
item-certificate = Certificado
item-requirements = Requisitos
item-cost = Precio
item-starts-on = Empieza
item-deadline = Plazo
item-contact = Contacto
item-posts = Plazas
item-contract = Contrato
item-language = Idioma
item-how-to-read = Cómo se lee
