## Controllo del permesso di soggiorno: assets/flows/permit-status.toml.

flow-permit-status-reference = Numero della pratica o numero assicurata
flow-permit-status-reference-hint = Il numero assicurata (12 cifre) è sulla ricevuta delle Poste, in alto; il numero della pratica (10 caratteri) te lo ha dato la Questura.
