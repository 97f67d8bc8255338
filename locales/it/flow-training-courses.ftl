## Corsi di formazione: assets/flows/training-courses.toml.

flow-training-courses-area = Dove vuoi fare il corso?
flow-training-courses-area-arezzo = Arezzo e dintorni
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = On-line, da casa
flow-training-courses-area-any = In tutta la provincia

flow-training-courses-sector = Che lavoro vuoi imparare?
flow-training-courses-sector-care = Assistenza alle persone (badante, OSS)
flow-training-courses-sector-catering = Cucina, bar e ristoranti
flow-training-courses-sector-building = Edilizia
flow-training-courses-sector-industry = Industria, meccanica, oreficeria
flow-training-courses-sector-logistics = Magazzino e trasporti
flow-training-courses-sector-agriculture = Agricoltura
flow-training-courses-sector-computing = Computer e informatica
flow-training-courses-sector-italian-language = Lingua italiana
flow-training-courses-sector-any = Tutti i corsi

flow-training-courses-page-conditions = Le tue condizioni
flow-training-courses-free_only = Vuoi vedere solo i corsi gratuiti?
flow-training-courses-registered_unemployed = Sei iscritto al Centro per l'Impiego come disoccupato?
flow-training-courses-registered_unemployed-hint = Chi è iscritto può avere un voucher fino a 3.000 euro e un aiuto per la frequenza.

flow-training-courses-course = Scegli un corso
flow-training-courses-course-hint = Stampiamo la scheda del corso con i contatti dell'agenzia formativa.
flow-training-courses-course-none = Non ci sono corsi con queste scelte. Torna indietro e prova un'altra zona o un altro settore.

flow-training-courses-how_to_apply = Sulla scheda ci sono la scadenza e i contatti dell'agenzia formativa. Telefona o vai all'agenzia prima della scadenza, con un documento e il permesso di soggiorno. Per il voucher parla con il Centro per l'Impiego.
