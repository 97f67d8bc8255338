## 招聘信息：assets/flows/job-offers.toml。

flow-job-offers-area = 您想在哪里工作？
flow-job-offers-area-arezzo = Arezzo 及周边
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = 全省任何地方

flow-job-offers-sector = 哪个行业？
flow-job-offers-sector-care = 照顾人
flow-job-offers-sector-catering = 厨房、酒吧和餐厅
flow-job-offers-sector-building = 建筑
flow-job-offers-sector-industry = 工业、机械、金银首饰加工
flow-job-offers-sector-logistics = 仓库和运输
flow-job-offers-sector-agriculture = 农业
flow-job-offers-sector-cleaning = 清洁
flow-job-offers-sector-retail = 商店和销售
flow-job-offers-sector-any = 所有行业

flow-job-offers-page-hours = 工作时间和驾照
flow-job-offers-hours = 您想工作多长时间？
flow-job-offers-hours-full-time = 全职
flow-job-offers-hours-part-time = 兼职（part-time）
flow-job-offers-hours-any = 都可以
flow-job-offers-driving_licence = 您有在意大利有效的驾照吗？
flow-job-offers-driving_licence-hint = 如果您回答没有，我们就不显示要求驾照的招聘信息。

flow-job-offers-offer = 选择一个招聘信息
flow-job-offers-offer-hint = 我们会打印招聘信息，上面有编号和要联系的 Centro per l'Impiego（就业中心）。
flow-job-offers-offer-none = 按这些选择没有招聘信息。请返回，试试别的地区或别的行业。

flow-job-offers-how_to_apply = 想应聘的话，请去纸上写的 Centro per l'Impiego，或者写信到上面的地址，带上招聘编号、简历和居留许可。请在截止日期前办好。
