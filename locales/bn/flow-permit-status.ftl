## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = ফাইল নম্বর অথবা numero assicurata
flow-permit-status-reference-hint = numero assicurata (12টি অঙ্ক) পোস্ট অফিসের (Poste) রসিদের ওপরের দিকে আছে; ফাইল নম্বর (10টি অক্ষর ও অঙ্ক) আপনাকে Questura (পুলিশ অফিস) দিয়েছে।
