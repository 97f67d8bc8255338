## Offerte di lavoro: assets/flows/job-offers.toml.

flow-job-offers-area = Dove vuoi lavorare?
flow-job-offers-area-arezzo = Arezzo e dintorni
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = In tutta la provincia

flow-job-offers-sector = In quale settore?
flow-job-offers-sector-care = Assistenza alle persone
flow-job-offers-sector-catering = Cucina, bar e ristoranti
flow-job-offers-sector-building = Edilizia
flow-job-offers-sector-industry = Industria, meccanica, oreficeria
flow-job-offers-sector-logistics = Magazzino e trasporti
flow-job-offers-sector-agriculture = Agricoltura
flow-job-offers-sector-cleaning = Pulizie
flow-job-offers-sector-retail = Negozi e vendita
flow-job-offers-sector-any = Tutti i settori

flow-job-offers-page-hours = Orario e patente
flow-job-offers-hours = Quante ore vuoi lavorare?
flow-job-offers-hours-full-time = Tempo pieno
flow-job-offers-hours-part-time = Part-time
flow-job-offers-hours-any = Non importa
flow-job-offers-driving_licence = Hai la patente di guida valida in Italia?
flow-job-offers-driving_licence-hint = Se rispondi no, non ti mostriamo le offerte che chiedono la patente.

flow-job-offers-offer = Scegli un'offerta
flow-job-offers-offer-hint = Stampiamo l'offerta con il codice e il Centro per l'Impiego da contattare.
flow-job-offers-offer-none = Non ci sono offerte con queste scelte. Torna indietro e prova un'altra zona o un altro settore.

flow-job-offers-how_to_apply = Per candidarti vai al Centro per l'Impiego scritto sul foglio, o scrivi all'indirizzo indicato, con il codice dell'offerta, il curriculum e il permesso di soggiorno. Fallo prima della data di chiusura.
