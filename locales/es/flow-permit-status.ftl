## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Número del expediente o «numero assicurata»
flow-permit-status-reference-hint = El «numero assicurata» (12 cifras) está arriba en el recibo de Correos (Poste); el número del expediente (10 caracteres) te lo dio la Questura.
