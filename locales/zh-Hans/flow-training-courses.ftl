## 培训课程：assets/flows/training-courses.toml。

flow-training-courses-area = 您想在哪里上课？
flow-training-courses-area-arezzo = Arezzo 及周边
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = 网上，在家上课
flow-training-courses-area-any = 全省任何地方

flow-training-courses-sector = 您想学什么工作？
flow-training-courses-sector-care = 照顾人（护工 badante、OSS 社会卫生护理员）
flow-training-courses-sector-catering = 厨房、酒吧和餐厅
flow-training-courses-sector-building = 建筑
flow-training-courses-sector-industry = 工业、机械、金银首饰加工
flow-training-courses-sector-logistics = 仓库和运输
flow-training-courses-sector-agriculture = 农业
flow-training-courses-sector-computing = 电脑和信息技术
flow-training-courses-sector-italian-language = 意大利语
flow-training-courses-sector-any = 所有课程

flow-training-courses-page-conditions = 您的情况
flow-training-courses-free_only = 您只想看免费课程吗？
flow-training-courses-registered_unemployed = 您在 Centro per l'Impiego（就业中心）登记为失业者了吗？
flow-training-courses-registered_unemployed-hint = 登记过的人可以得到最多 3.000 欧元的培训券（voucher），还有上课补助。

flow-training-courses-course = 选择一个课程
flow-training-courses-course-hint = 我们会打印课程信息单，上面有培训机构的联系方式。
flow-training-courses-course-none = 按这些选择没有课程。请返回，试试别的地区或别的行业。

flow-training-courses-how_to_apply = 信息单上有截止日期和培训机构的联系方式。请在截止日期前打电话或去培训机构，带上身份证件和居留许可。培训券（voucher）的事，请和 Centro per l'Impiego 谈。
