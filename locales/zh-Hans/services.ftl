## Categories of the home screen.

category-citizen-life = 市民生活
category-education = 教育
category-culture = 文化
category-work-training = 工作与培训
category-health = 健康

## Services: name, then one line under it.

service-certificates = 户籍证明
service-certificates-summary = 申请居住证明、家庭状况证明或其他证明，并在这里打印。
service-residence-change = 更改居住地
service-residence-change-summary = 登记您的新地址以及和您同住的人。
service-permit-status = 查询居留许可
service-permit-status-summary = 查看您的居留许可（permesso di soggiorno）是否已经办好。
service-family-reunification = 家庭团聚
service-family-reunification-summary = 先核对收入和住房，再准备要在 ALI 门户网站上提交的申请。
service-citizenship-status = 入籍申请进度
service-citizenship-status-summary = 怎样在 ALI 门户网站上查看您的申请办到哪一步了。
service-italian-test-a2 = A2 意大利语考试
service-italian-test-a2-summary = 准备考试报名，报名要在内政部的门户网站上办理。
service-state-school-enrolment = 公立学校入学报名
service-state-school-enrolment-summary = 准备一年级报名，报名要在 Unica 门户网站上办理。
service-municipal-school-services = 托儿所、学校餐食和校车
service-municipal-school-services-summary = 向 Comune（市政府）申请托儿所、学校餐食或校车。
service-online-magazines = 在线报纸和杂志
service-online-magazines-summary = 凭图书馆卡阅读多种语言的报纸和杂志。
service-training-courses = 培训课程
service-training-courses-summary = 查找 Arezzo 省的课程并打印课程介绍。
service-job-offers = 招聘信息
service-job-offers-summary = 查找就业中心（Centri per l'impiego）的招聘信息并打印。
service-health-booking = 预约看病和检查
service-health-booking-summary = 凭电子处方预约，并通过 pagoPA 支付自付费用（ticket）。
