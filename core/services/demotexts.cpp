#include "services/demotexts.h"

// Sample data only (see the header). Kept as plain UTF-8 arrays so that generating a
// million tickets costs string appends, not parsing.

namespace sw::services::demo {

namespace {

// --- logistics ------------------------------------------------------------------------
const char* const kLogiSubjects[] = {
    "{P}下单{D}天还没发货",  "快递{D}天没有更新物流信息", "{C}显示已签收但我没收到", "包裹外箱破损，{P}有划痕",
    "催一下发货，订单{O}",   "物流停在中转站不动了",      "能不能改成{C}发货",       "收货地址填错了想修改",
    "{P}少发了一件",         "派送员态度差还要加钱",      "预售{P}什么时候发货",     "物流单号{T}查不到",
};
const char* const kLogiBodies[] = {
    "我{D}天前在{M}买的{P}，到现在还显示待发货，客服一直说马上发。",
    "订单{O}的物流信息{D}天没有更新了，{C}电话也打不通，麻烦帮忙查一下包裹到底在哪里。",
    "物流显示包裹已经签收，但是我本人没有收到，家里人也没有代收，快递柜里也没有。",
    "今天收到{P}，外包装箱压扁了，里面的东西有明显划痕，已经拍照留证。",
    "我买了{Q}件{P}，只收到{D}件，订单{O}，请核实后补发。",
    "下单时选错了收货地址，现在还没发货，想改到公司地址，请帮忙修改。",
    "{C}的派送员说我家不在派送范围，要我自己去网点取件，还要额外收费{N}元。",
    "预售页面写的是{D}天内发货，已经过了时间还没有动静，到底什么时候能发？",
    "快递单号{T}在{C}官网查不到任何记录，是不是单号填错了？",
};
const char* const kLogiFollowUps[] = {
    "物流还是没有更新，请尽快处理。",        "已经过去{D}天了，还没有收到包裹。",
    "快递员刚才打电话说明天派送，先等等看。", "今天去网点问了，说包裹不在他们那里。",
    "麻烦再帮我催一下，着急用。",            "收到了，但是外包装还是有破损。",
};
const char* const kLogiReplies[] = {
    "您好，已为您联系{C}核实物流，预计{D}个工作日内给您答复。",
    "您好，已催促商家{M}尽快发货，发货后会第一时间通知您。",
    "非常抱歉给您带来不便，我们已向快递公司发起查件，请您耐心等待。",
    "您好，包裹目前在{C}中转站滞留，已要求加急派送。",
};
const char* const kLogiQuestions[] = {
    "麻烦您提供一下包裹外箱和商品的照片，方便我们向快递公司索赔。",
    "请问您方便提供一下新的收货地址和联系电话吗？",
    "请您确认一下快递柜和门卫处是否有包裹，我们这边同步核实签收记录。",
};
const char* const kLogiSolutions[] = {
    "您好，商家已为您补发{P}，新单号{T}，请注意查收。",
    "经核实包裹已找回，{C}今天会为您重新派送。",
    "已为您办理丢件理赔，赔付金额{N}元将原路退回。",
};

// --- refunds --------------------------------------------------------------------------
const char* const kRefundSubjects[] = {
    "申请退款{D}天了还没到账", "七天无理由退货被拒绝",    "退款金额不对，少退了{N}元", "商家不同意退货退款",
    "{P}退货运费谁承担",       "仅退款申请一直待处理",    "取消订单后没有退款",        "{A}订单怎么退差价",
    "退货寄回了商家不签收",    "重复扣款{N}元请退回",
};
const char* const kRefundBodies[] = {
    "我在{D}天前申请了退款，订单{O}，商家已经同意，但钱一直没有退回到我的账户。",
    "{P}没有拆封，符合七天无理由退货，商家却说影响二次销售拒绝退货。",
    "订单实付{N}元，退款只退了一部分，请帮忙核对退款金额。",
    "退货已经寄回，快递单号{T}，物流显示商家已签收，但退款还没处理。",
    "付款时页面卡住了，结果扣了两次款，每次{N}元，请退回多扣的钱。",
    "{A}期间买的{P}第二天就降价了，想申请退差价。",
    "我取消了订单，系统显示退款成功，但是银行卡没有收到钱。",
};
const char* const kRefundFollowUps[] = {
    "退款还是没有到账，请帮忙再查一下。", "商家一直不回复消息，怎么办？", "已经把退货单号填上了。",
    "银行说没有收到退款记录。",           "请问退款还需要多久？",         "收到退款了，谢谢。",
};
const char* const kRefundReplies[] = {
    "您好，已为您加急处理退款，款项将在{D}个工作日内原路退回。",
    "您好，我们已联系商家{M}，要求其在24小时内处理您的退货申请。",
    "您好，退款已经发起，到账时间以银行为准，一般{D}个工作日。",
    "非常抱歉，平台已介入处理，请您保持电话畅通。",
};
const char* const kRefundQuestions[] = {
    "麻烦您提供一下银行扣款记录的截图，方便我们核实重复扣款。",
    "请您上传商品未拆封的照片，我们将协助您申请退货。",
    "请确认退货快递单号是否为{T}？",
};
const char* const kRefundSolutions[] = {
    "您好，退款{N}元已经原路退回，请注意查收。",
    "平台已判定商家承担退货运费，退款已完成。",
    "差价{N}元已以优惠券形式补偿到您的账户。",
};

// --- quality --------------------------------------------------------------------------
const char* const kQualitySubjects[] = {
    "{P}用了{D}天就坏了",   "收到的{P}是二手的", "{P}质量问题申请换货", "{P}和描述不符",
    "怀疑{P}是假货",        "{P}充不进电",       "食品过期了",          "衣服有色差还起球",
    "{P}屏幕有坏点",        "{P}有异味",
};
const char* const kQualityBodies[] = {
    "买的{P}用了{D}天就无法开机，充电也没有反应，要求换新。",
    "收到的{P}包装有拆过的痕迹，里面还有使用痕迹，怀疑是二手商品。",
    "{P}的实物和详情页描述不一样，颜色和尺寸都不对。",
    "在{M}买的{P}，和官网的序列号对不上，怀疑不是正品。",
    "收到的零食生产日期已经超过保质期{D}天，孩子已经吃了，很担心。",
    "{P}插上USB-C充电线一直充不进电，换了几根线都不行。",
    "新买的{P}屏幕上有{Q}个坏点，影响使用。",
};
const char* const kQualityFollowUps[] = {
    "照片已经上传了，请查看。",       "商家说需要寄回检测，运费谁出？", "检测结果出来了吗？",
    "换货收到了，这次没有问题。",     "还是同样的问题，能直接退款吗？", "已经按客服说的方法试过了，还是不行。",
};
const char* const kQualityReplies[] = {
    "您好，非常抱歉给您带来不好的体验，我们已通知商家{M}处理。",
    "您好，您反馈的质量问题已记录，我们会督促商家为您换货。",
    "已为您开通质量问题绿色通道，寄回运费由商家承担。",
    "您好，正品问题平台非常重视，已提交质检部门核查。",
};
const char* const kQualityQuestions[] = {
    "麻烦您拍一下{P}故障的视频或照片，并提供商品序列号。",
    "请问{P}是否有摔落或进水的情况？",
    "请提供一下食品包装上的生产日期照片。",
};
const char* const kQualitySolutions[] = {
    "您好，商家已为您换新{P}，新单号{T}。",
    "经核实为质量问题，已为您全额退款{N}元并补偿{D}元优惠券。",
    "质检结果为正品，但平台仍为您办理了退货退款。",
};

// --- invoices -------------------------------------------------------------------------
const char* const kInvoiceSubjects[] = {
    "怎么开增值税专用发票", "发票抬头写错了要重开", "电子发票一直没收到", "需要补开{D}月的发票",
    "发票金额和订单不一致", "公司报销需要纸质发票",
};
const char* const kInvoiceBodies[] = {
    "订单{O}需要开增值税专用发票，公司信息已经填好了，请问多久能开出来？",
    "申请发票时抬头写错了，少写了一个字，麻烦作废重开。",
    "下单时选了电子发票，已经确认收货{D}天了，还是没有收到发票邮件。",
    "发票上的金额是{N}元，和我实际支付的金额不一致。",
    "公司财务要求纸质发票才能报销，请问能寄纸质发票吗？",
};
const char* const kInvoiceFollowUps[] = {
    "发票信息已经重新提交。", "邮箱填的是工作邮箱，麻烦再发一次。", "纸质发票收到了。",
    "财务说税号不对，请再核对。",
};
const char* const kInvoiceReplies[] = {
    "您好，已通知商家{M}为您开具发票，预计{D}个工作日内发送到您的邮箱。",
    "您好，发票重开申请已提交，原发票将作废。",
    "您好，纸质发票将通过{C}寄出，请注意查收。",
};
const char* const kInvoiceQuestions[] = {
    "请提供公司名称、税号、开户行和账号，方便为您开具专用发票。",
    "请问您需要的发票抬头和邮箱地址是什么？",
};
const char* const kInvoiceSolutions[] = {
    "您好，发票已重新开具并发送到您的邮箱，请查收。",
    "纸质发票已寄出，快递单号{T}。",
};

// --- accounts -------------------------------------------------------------------------
const char* const kAccountSubjects[] = {
    "账号被盗了怎么办",     "手机号换了无法登录", "收不到验证码",     "会员积分不见了",
    "实名认证一直失败",     "账号被冻结申请解封", "想注销账号",       "支付密码忘记了",
};
const char* const kAccountBodies[] = {
    "今天发现账号里多了几笔不是我下的订单，怀疑账号被盗，请立即冻结。",
    "原来绑定的手机号已经停用，现在无法登录，也收不到验证码。",
    "登录时一直收不到短信验证码，已经试了{Q}次，手机信号正常。",
    "会员积分本来有{N}分，今天登录发现变成0了，没有任何兑换记录。",
    "上传身份证做实名认证，提示照片不清晰，换了几次都失败。",
    "账号突然被冻结，提示存在异常交易，但我没有做过任何违规操作。",
};
const char* const kAccountFollowUps[] = {
    "身份证照片已经重新上传。", "现在可以登录了，谢谢。", "还是收不到验证码。",
    "积分还没有恢复，请尽快处理。",
};
const char* const kAccountReplies[] = {
    "您好，为保障账号安全，已为您临时冻结账号，请尽快修改密码。",
    "您好，已提交账号申诉，审核结果将在{D}个工作日内短信通知您。",
    "您好，积分异常已提交技术部门排查。",
};
const char* const kAccountQuestions[] = {
    "请提供注册时使用的手机号和最近一笔订单号，以便核实身份。",
    "请上传手持身份证照片，用于身份验证。",
};
const char* const kAccountSolutions[] = {
    "您好，账号已解冻，积分{N}分已恢复。",
    "手机号已换绑成功，请使用新手机号登录。",
};

// --- promotions -----------------------------------------------------------------------
const char* const kPromoSubjects[] = {
    "{A}优惠券用不了",  "满减活动没有生效",    "{A}的赠品没有收到", "价格保护怎么申请",
    "新人红包无法使用", "{A}定金能退吗",       "拼团失败钱没退",    "直播间的优惠价没享受到",
};
const char* const kPromoBodies[] = {
    "{A}领的满{N}减优惠券，结算时提示不满足使用条件，但我的订单金额已经够了。",
    "活动页面写买{P}送赠品，收到货后发现没有赠品。",
    "{A}付了定金{N}元，现在不想要了，定金能不能退？",
    "在直播间看到{P}的价格是{N}元，下单后实际付款比直播价贵。",
    "参加拼团买{P}，拼团失败了，已经{D}天了钱还没退回。",
};
const char* const kPromoFollowUps[] = {
    "优惠券已经过期了，能补发吗？", "赠品收到了。", "直播录屏已经上传。", "那我等活动结束再买吧。",
};
const char* const kPromoReplies[] = {
    "您好，优惠券使用规则为指定商品可用，已为您核实订单商品范围。",
    "您好，已联系商家{M}为您补发赠品。",
    "您好，价保申请已提交，差价将以原支付方式退回。",
};
const char* const kPromoQuestions[] = {
    "请提供一下活动页面截图和领券记录。",
    "麻烦您提供直播间的录屏或截图，方便核实活动价格。",
};
const char* const kPromoSolutions[] = {
    "您好，已为您补发一张满{N}减优惠券，{D}天内有效。",
    "赠品已补发，单号{T}。",
};

// --- suggestions ----------------------------------------------------------------------
const char* const kSuggestSubjects[] = {
    "建议增加夜间配送",   "App订单页面太难找", "希望支持5G手机号一键登录", "建议退货流程简化",
    "客服排队时间太长",   "建议包装更环保",     "希望增加发票批量下载",    "商品评价建议增加视频",
};
const char* const kSuggestBodies[] = {
    "上班族白天不在家，建议增加晚上8点以后的配送时段。",
    "在App里找历史订单要点好几层，希望首页能直接看到最近订单。",
    "退货要填很多信息，建议像{M}那样一键退货，快递上门取件。",
    "每次联系在线客服都要排队{D}分钟以上，希望增加人手。",
    "{P}的包装用了很多塑料泡沫，建议改用纸质环保材料。",
};
const char* const kSuggestFollowUps[] = {
    "谢谢回复，期待改进。", "补充一下，iPhone 15上也有同样的问题。", "希望能尽快上线。",
};
const char* const kSuggestReplies[] = {
    "您好，感谢您的宝贵建议，已转交产品部门评估。",
    "您好，您的建议我们已经记录，会在后续版本中考虑。",
};
const char* const kSuggestQuestions[] = {
    "请问您使用的是哪个版本的App和什么型号的手机？",
};
const char* const kSuggestSolutions[] = {
    "您好，您建议的功能已在新版本中上线，欢迎体验。",
    "感谢建议，相关部门已采纳并排期优化。",
};

#define SW_SPAN(a) std::span<const char* const>(a)

const TopicTexts kTopics[] = {
    {SW_SPAN(kLogiSubjects), SW_SPAN(kLogiBodies), SW_SPAN(kLogiFollowUps), SW_SPAN(kLogiReplies),
     SW_SPAN(kLogiQuestions), SW_SPAN(kLogiSolutions)},
    {SW_SPAN(kRefundSubjects), SW_SPAN(kRefundBodies), SW_SPAN(kRefundFollowUps), SW_SPAN(kRefundReplies),
     SW_SPAN(kRefundQuestions), SW_SPAN(kRefundSolutions)},
    {SW_SPAN(kQualitySubjects), SW_SPAN(kQualityBodies), SW_SPAN(kQualityFollowUps), SW_SPAN(kQualityReplies),
     SW_SPAN(kQualityQuestions), SW_SPAN(kQualitySolutions)},
    {SW_SPAN(kInvoiceSubjects), SW_SPAN(kInvoiceBodies), SW_SPAN(kInvoiceFollowUps), SW_SPAN(kInvoiceReplies),
     SW_SPAN(kInvoiceQuestions), SW_SPAN(kInvoiceSolutions)},
    {SW_SPAN(kAccountSubjects), SW_SPAN(kAccountBodies), SW_SPAN(kAccountFollowUps), SW_SPAN(kAccountReplies),
     SW_SPAN(kAccountQuestions), SW_SPAN(kAccountSolutions)},
    {SW_SPAN(kPromoSubjects), SW_SPAN(kPromoBodies), SW_SPAN(kPromoFollowUps), SW_SPAN(kPromoReplies),
     SW_SPAN(kPromoQuestions), SW_SPAN(kPromoSolutions)},
    {SW_SPAN(kSuggestSubjects), SW_SPAN(kSuggestBodies), SW_SPAN(kSuggestFollowUps), SW_SPAN(kSuggestReplies),
     SW_SPAN(kSuggestQuestions), SW_SPAN(kSuggestSolutions)},
};

const char* const kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
    "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
    "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
    "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
    "欧阳", "司马", "诸葛", "上官",
};
const char* const kGivenNames[] = {
    "伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",   "勇",   "艳",   "杰",
    "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",   "刚",   "桂英", "文",   "华",   "鑫",   "宇",
    "浩然", "子涵", "欣怡", "梓轩", "雨桐", "思远", "一鸣", "佳怡", "俊杰", "晓燕", "建国", "志强", "海燕",
    "丹丹", "婷婷", "晨曦", "嘉欣", "博文", "天佑", "诗琪", "梦瑶", "宏伟", "春梅", "玉兰", "国庆", "志明",
    "雪梅", "文博", "若曦", "子墨", "明轩", "雅婷", "浩宇", "宇航", "海涛", "立新", "红霞", "凤英", "小龙",
    "晓东", "建华", "伟民", "淑珍", "秋菊",
};
const char* const kShopBrands[] = {
    "小米",   "华为",   "苹果",   "联想",   "格力",   "美的",   "海尔",   "安踏",   "李宁",   "波司登",
    "三只松鼠", "良品铺子", "百草味", "南极人", "恒源祥", "优衣库", "森马",   "太平鸟", "九阳",   "苏泊尔",
    "小熊",   "倍思",   "绿联",   "公牛",   "飞利浦", "戴森",   "欧莱雅", "完美日记", "花西子", "自然堂",
    "蒙牛",   "伊利",   "农夫山泉", "元气森林", "稻香村", "全棉时代", "网易严选", "得力",   "晨光",   "罗技",
    "雷蛇",   "漫步者", "索尼",   "佳能",   "大疆",   "荣耀",   "一加",   "真我",   "传音",   "喜临门",
    "林氏木业", "源氏木语", "宜家",   "洁柔",   "维达",   "蓝月亮", "立白",   "云南白药", "同仁堂", "汤臣倍健",
};
const char* const kShopCategories[] = {
    "",       "数码",   "家电",   "服饰",   "食品",   "母婴",   "美妆",   "家居",   "运动",   "户外",
    "手机",   "电脑",   "厨具",   "零食",   "个护",   "文具",   "办公",   "配件",   "茶叶",   "生鲜",
};
const char* const kShopSuffixes[] = {"官方旗舰店", "旗舰店", "专营店", "专卖店", "自营店", "企业店", "工厂店",
                                     "精品店",     "直营店", "授权店"};
const char* const kProducts[] = {
    "iPhone 15手机壳", "iPhone 15 Pro",   "华为Mate 60",    "小米14",         "USB-C数据线",     "65W充电器",
    "蓝牙耳机",        "降噪耳机",        "5G路由器",       "移动电源",       "机械键盘",        "无线鼠标",
    "空气炸锅",        "电饭煲",          "扫地机器人",     "电动牙刷",       "吹风机",          "破壁机",
    "羽绒服",          "运动鞋",          "牛仔裤",         "真丝连衣裙",     "纯棉T恤",         "冲锋衣",
    "坚果礼盒",        "牛肉干",          "进口奶粉",       "纸尿裤",         "婴儿推车",        "保温杯",
    "洗衣液",          "抽纸",            "乳胶枕",         "四件套",         "电热水壶",        "智能手表",
    "平板电脑",        "笔记本电脑",      "显示器",         "投影仪",         "4K电视",          "空调",
    "冰箱",            "洗衣机",          "口红",           "面霜",           "防晒霜",          "维生素C片",
    "茶叶礼盒",        "咖啡豆",          "儿童绘本",       "书包",           "行李箱",          "瑜伽垫",
};
const char* const kCouriers[] = {"顺丰", "中通", "圆通", "申通", "韵达", "京东物流", "EMS", "极兔", "德邦"};
const char* const kPromotions[] = {"双十一", "618", "年货节", "双十二", "38女王节", "开学季", "会员日", "百亿补贴"};
const char* const kOpenings[] = {
    "你好，", "您好，", "客服你好，", "麻烦问一下，", "急！", "", "", "请帮忙处理：",
};
const char* const kClosings[] = {
    "", "谢谢！", "请尽快处理。", "麻烦尽快回复，谢谢。", "不处理的话我要投诉。", "等你们消息。",
};
const char* const kNotes[] = {
    "已电话联系客户，客户情绪较激动，需重点跟进。", "已联系商家{M}，等待商家回复。",
    "客户是VIP会员，按优先级处理。",                 "同类问题本周已出现{Q}次，已反馈给主管。",
    "物流问题已提交{C}工单，工单号{T}。",            "客户要求回电，时间下午3点以后。",
    "已核实订单{O}，金额{N}元。",                    "转交售后组处理。",
};
const char* const kCsatComments[] = {
    "处理很及时，谢谢客服。", "态度很好，问题解决了。", "等的时间有点长。", "还可以。",
    "客服很耐心，点赞！",     "结果不太满意。",         "",                 "",
};
const char* const kSpecialReasons[] = {
    "涉及媒体曝光风险",   "客户为残障人士，需要特殊协助", "涉及食品安全", "大额订单纠纷",
    "消费者协会转办",     "需跨部门协调",
};
const char* const kSearchTerms[] = {
    "物流",   "退款",   "发票",   "快递",   "破损",   "优惠券", "质量问题", "赠品",   "验证码", "积分",
    "顺丰",   "耳机",   "充电器", "发货",   "签收",   "退货",   "换货",     "差价",   "定金",   "拼团",
    "直播间", "实名认证", "冻结",   "账号",   "专用发票", "抬头",   "保质期",   "坏点",   "二手",   "正品",
    "空气炸锅", "羽绒服", "奶粉",   "纸尿裤", "机器人", "中转站", "派送员",   "运费",   "重复扣款", "无理由",
    "满减",   "价格保护", "夜间配送", "环保",   "排队",   "旗舰店", "专营店",   "会员",   "补发",   "理赔",
};

} // namespace

const TopicTexts& topicTexts(Topic topic)
{
    return kTopics[int(topic)];
}

std::span<const char* const> surnames() { return SW_SPAN(kSurnames); }
std::span<const char* const> givenNames() { return SW_SPAN(kGivenNames); }
std::span<const char* const> shopBrands() { return SW_SPAN(kShopBrands); }
std::span<const char* const> shopCategories() { return SW_SPAN(kShopCategories); }
std::span<const char* const> shopSuffixes() { return SW_SPAN(kShopSuffixes); }
std::span<const char* const> products() { return SW_SPAN(kProducts); }
std::span<const char* const> couriers() { return SW_SPAN(kCouriers); }
std::span<const char* const> promotions() { return SW_SPAN(kPromotions); }
std::span<const char* const> openings() { return SW_SPAN(kOpenings); }
std::span<const char* const> closings() { return SW_SPAN(kClosings); }
std::span<const char* const> notes() { return SW_SPAN(kNotes); }
std::span<const char* const> csatComments() { return SW_SPAN(kCsatComments); }
std::span<const char* const> specialReasons() { return SW_SPAN(kSpecialReasons); }
std::span<const char* const> searchTerms() { return SW_SPAN(kSearchTerms); }

#undef SW_SPAN

} // namespace sw::services::demo
