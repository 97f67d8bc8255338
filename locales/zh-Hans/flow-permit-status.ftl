## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = 案件编号或 "numero assicurata"
flow-permit-status-reference-hint = "numero assicurata"（12 位数字）在邮局（Poste）回执的上方；案件编号（10 个字符）由警察局（Questura）提供给您。
flow-permit-status-birth_date = 您的出生日期
flow-permit-status-birth_date-hint = 有些警察局（Questura）需要它才能显示办理进度。
