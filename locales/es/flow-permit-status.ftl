## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Número del expediente o «numero assicurata»
flow-permit-status-reference-hint = El «numero assicurata» (12 cifras) está arriba en el recibo de Correos (Poste); el número del expediente (10 caracteres) te lo dio la Questura.
flow-permit-status-birth_date = Tu fecha de nacimiento
flow-permit-status-birth_date-hint = Algunas oficinas de la Questura la piden para mostrar el estado del expediente.
