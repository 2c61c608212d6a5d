#include "server/modules/inventory/demodata.h"

#include "common/money.h"

#include "server/modules/inventory/productrepository.h"
#include "server/modules/inventory/productservice.h"
#include "server/modules/inventory/stockcountservice.h"
#include "server/modules/inventory/stockservice.h"
#include "server/modules/inventory/warehouseservice.h"
#include "server/platform/businessdate.h"
#include "server/rpc/callcontext.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Erp::Server::Inventory {

namespace {

/// A product line; each variant becomes one product ("%1" in the name is the variant's label).
struct Line
{
    const char* sku;
    const char* name;
    const char* category;
    const char* unit;
    qint64 price;                                    ///< fen
    qint64 cost;                                     ///< fen
    int taxRate;                                     ///< basis points
    QList<QPair<const char*, const char*>> variants; ///< sku suffix, label
};

const char* const kOffice = "办公用品";
const char* const kElectronics = "电子产品";
const char* const kPackaging = "包装材料";
const char* const kFood = "食品";
const char* const kCable = "线缆";
const char* const kCleaning = "清洁用品";

QList<Line> lines()
{
    const QList<QPair<const char*, const char*>> colours{
        {"BK", "黑色"}, {"BL", "蓝色"}, {"RD", "红色"}};
    return {
        {"PEN-GEL", "晨光 中性笔 0.5mm %1", kOffice, "pcs", 250, 110, 1300, colours},
        {"PEN-BALL", "Pilot ballpoint pen 0.7 mm %1", kOffice, "pcs", 600, 320, 1300, colours},
        {"MARKER", "得力 白板笔 %1", kOffice, "pcs", 350, 150, 1300, colours},
        {"PAPER-A4",
         "得力 A4 复印纸 %1 500张",
         kOffice,
         "pack",
         2490,
         1750,
         1300,
         {{"70G", "70g"}, {"80G", "80g"}}},
        {"PAPER-A3",
         "Double A A3 copy paper %1 500 sheets",
         kOffice,
         "pack",
         4990,
         3600,
         1300,
         {{"80G", "80 g"}}},
        {"NOTE",
         "国誉 无线装订笔记本 %1",
         kOffice,
         "pcs",
         890,
         420,
         1300,
         {{"A5", "A5"}, {"B5", "B5"}, {"A4", "A4"}}},
        {"STAPLER",
         "Deli stapler %1",
         kOffice,
         "pcs",
         1850,
         980,
         1300,
         {{"S", "small"}, {"L", "heavy duty"}}},
        {"STAPLES",
         "订书钉 %1 1000枚",
         kOffice,
         "box",
         300,
         120,
         1300,
         {{"246", "24/6"}, {"2610", "26/10"}}},
        {"FOLDER", "Plastic document folder A4 %1", kOffice, "pcs", 450, 180, 1300, colours},
        {"CLIP",
         "长尾夹 %1 12只装",
         kOffice,
         "box",
         680,
         300,
         1300,
         {{"15", "15mm"}, {"25", "25mm"}, {"41", "41mm"}}},
        {"CALC",
         "卡西欧 计算器 %1",
         kOffice,
         "pcs",
         8900,
         5600,
         1300,
         {{"MX12", "MX-12B"}, {"DF120", "DF-120"}}},
        {"TONER",
         "HP toner cartridge %1",
         kOffice,
         "pcs",
         45900,
         31000,
         1300,
         {{"88A", "88A"}, {"12A", "12A"}, {"26A", "26A"}}},
        {"USB-C",
         "绿联 USB-C 数据线 %1",
         kElectronics,
         "pcs",
         3900,
         1800,
         1300,
         {{"1M", "1米"}, {"2M", "2米"}, {"3M", "3米"}}},
        {"HDMI",
         "HDMI 2.1 cable %1",
         kElectronics,
         "pcs",
         5900,
         2900,
         1300,
         {{"1M", "1 m"}, {"3M", "3 m"}, {"5M", "5 m"}}},
        {"CHARGER",
         "小米 氮化镓充电器 %1",
         kElectronics,
         "pcs",
         14900,
         9800,
         1300,
         {{"65W", "65W"}, {"120W", "120W"}}},
        {"MOUSE",
         "罗技 无线鼠标 %1",
         kElectronics,
         "pcs",
         9900,
         6100,
         1300,
         {{"M185", "M185"}, {"M330", "M330 静音"}, {"MX3", "MX Master 3S"}}},
        {"KEYBOARD",
         "Logitech keyboard %1",
         kElectronics,
         "pcs",
         19900,
         12800,
         1300,
         {{"K120", "K120"}, {"K380", "K380 Bluetooth"}}},
        {"MONITOR",
         "Dell 显示器 %1",
         kElectronics,
         "pcs",
         129900,
         98000,
         1300,
         {{"24", "24英寸 P2422H"}, {"27", "27英寸 U2723QE"}}},
        {"HEADSET",
         "Jabra headset %1",
         kElectronics,
         "pcs",
         59900,
         38000,
         1300,
         {{"E20", "Evolve2 20"}, {"E40", "Evolve2 40"}}},
        {"SSD",
         "三星 移动固态硬盘 T7 %1",
         kElectronics,
         "pcs",
         69900,
         52000,
         1300,
         {{"500G", "500GB"}, {"1T", "1TB"}, {"2T", "2TB"}}},
        {"BATT",
         "南孚 碱性电池 %1 4粒装",
         kElectronics,
         "pack",
         1990,
         1100,
         1300,
         {{"AA", "5号"}, {"AAA", "7号"}}},
        {"ROUTER",
         "TP-LINK Wi-Fi 6 router %1",
         kElectronics,
         "pcs",
         29900,
         19500,
         1300,
         {{"AX3000", "AX3000"}, {"AX5400", "AX5400"}}},
        {"BOX",
         "五层瓦楞纸箱 %1",
         kPackaging,
         "pcs",
         450,
         210,
         1300,
         {{"S", "小号 30×20×15cm"}, {"M", "中号 40×30×25cm"}, {"L", "大号 60×40×40cm"}}},
        {"TAPE",
         "透明封箱胶带 %1",
         kPackaging,
         "roll",
         650,
         280,
         1300,
         {{"48", "48mm×100m"}, {"60", "60mm×100m"}}},
        {"BUBBLE",
         "Bubble wrap roll %1",
         kPackaging,
         "m",
         180,
         70,
         1300,
         {{"50", "50 cm wide"}, {"100", "100 cm wide"}}},
        {"FILM", "缠绕膜 %1", kPackaging, "roll", 3500, 2100, 1300, {{"50", "50cm 宽"}}},
        {"LABEL",
         "Thermal shipping labels %1",
         kPackaging,
         "roll",
         1500,
         800,
         1300,
         {{"100", "100×100 mm"}, {"100150", "100×150 mm"}}},
        {"PALLET", "塑料托盘 %1", kPackaging, "pcs", 16000, 11000, 1300, {{"1210", "1200×1000mm"}}},
        {"RICE",
         "东北五常大米 %1",
         kFood,
         "kg",
         1280,
         860,
         900,
         {{"STD", "一级"}, {"PRM", "特级"}}},
        {"DATE", "新疆和田大枣 %1", kFood, "kg", 4800, 3100, 900, {{"L", "特大"}}},
        {"TEA",
         "云南普洱茶 %1",
         kFood,
         "kg",
         36000,
         21000,
         900,
         {{"RAW", "生茶"}, {"RIPE", "熟茶"}}},
        {"COFFEE",
         "Arabica coffee beans %1",
         kFood,
         "kg",
         16800,
         9800,
         1300,
         {{"YUN", "Yunnan"}, {"ETH", "Ethiopia"}}},
        {"OIL", "金龙鱼 花生油 %1", kFood, "l", 2980, 2300, 900, {{"5L", "5L"}}},
        {"WATER",
         "农夫山泉 饮用天然水 %1",
         kFood,
         "box",
         3600,
         2400,
         1300,
         {{"550", "550ml×24瓶"}, {"380", "380ml×24瓶"}}},
        {"SNACK",
         "三只松鼠 坚果礼盒 %1",
         kFood,
         "box",
         15800,
         9800,
         1300,
         {{"1KG", "1kg"}, {"2KG", "2kg"}}},
        {"CAT6",
         "超六类网线 %1",
         kCable,
         "m",
         380,
         190,
         1300,
         {{"UTP", "非屏蔽"}, {"FTP", "屏蔽"}}},
        {"WIRE",
         "Copper wire BV %1",
         kCable,
         "m",
         420,
         290,
         1300,
         {{"15", "1.5 mm²"}, {"25", "2.5 mm²"}, {"40", "4 mm²"}}},
        {"FIBER",
         "单模光纤跳线 %1",
         kCable,
         "pcs",
         2500,
         1200,
         1300,
         {{"3M", "3米"}, {"10M", "10米"}}},
        {"TISSUE", "维达 抽纸 %1", kCleaning, "box", 5990, 3900, 1300, {{"3", "3层 24包"}}},
        {"SOAP",
         "Hand soap %1",
         kCleaning,
         "pcs",
         1990,
         1050,
         1300,
         {{"500", "500 ml"}, {"1000", "1 l refill"}}},
        {"DETERG", "蓝月亮 洗衣液 %1", kCleaning, "pcs", 4990, 3300, 1300, {{"3KG", "3kg"}}},
        {"GLOVE",
         "丁腈手套 %1 100只",
         kCleaning,
         "box",
         3500,
         2100,
         1300,
         {{"M", "M码"}, {"L", "L码"}}},
        {"MOP", "Microfiber mop %1", kCleaning, "pcs", 8900, 5200, 1300, {{"STD", "standard"}}},
        {"TRASH",
         "加厚垃圾袋 %1",
         kCleaning,
         "roll",
         1290,
         700,
         1300,
         {{"S", "45×50cm"}, {"L", "80×100cm"}}},
        {"CHAIR",
         "Ergonomic office chair %1",
         kOffice,
         "pcs",
         129900,
         86000,
         1300,
         {{"MESH", "mesh"}, {"LEA", "leather"}}},
        {"DESK",
         "升降办公桌 %1",
         kOffice,
         "pcs",
         199900,
         132000,
         1300,
         {{"120", "120cm"}, {"140", "140cm"}}},
        {"LAMP",
         "LED desk lamp %1",
         kElectronics,
         "pcs",
         19900,
         11800,
         1300,
         {{"W", "white"}, {"B", "black"}}},
        {"SHELF",
         "Steel shelving unit %1",
         kOffice,
         "set",
         69900,
         45000,
         1300,
         {{"4", "4 tiers"}, {"5", "5 tiers"}}},
        {"BINDER", "得力 装订机 %1", kOffice, "pcs", 39900, 26000, 1300, {{"3881", "3881"}}},
        {"SHRED",
         "Paper shredder %1",
         kOffice,
         "pcs",
         59900,
         39800,
         1300,
         {{"P4", "P-4 security"}}},
        {"INK",
         "Epson ink bottle %1",
         kOffice,
         "pcs",
         6900,
         3800,
         1300,
         {{"BK", "black"}, {"C", "cyan"}, {"M", "magenta"}, {"Y", "yellow"}}},
        {"CUP",
         "纸杯 %1 1000只",
         kPackaging,
         "box",
         8900,
         5600,
         1300,
         {{"9OZ", "9盎司"}, {"12OZ", "12盎司"}}},
        {"ENVELOPE",
         "牛皮纸信封 %1 100个",
         kOffice,
         "pack",
         2500,
         1300,
         1300,
         {{"DL", "DL"}, {"C5", "C5"}, {"C4", "C4"}}},
        {"STICKY",
         "3M 便利贴 %1",
         kOffice,
         "pack",
         1200,
         650,
         1300,
         {{"Y", "黄色"}, {"P", "粉色"}, {"B", "蓝色"}}},
        {"SCISSORS", "Office scissors %1", kOffice, "pcs", 990, 450, 1300, {{"21", "21 cm"}}},
        {"RULER",
         "Steel ruler %1",
         kOffice,
         "pcs",
         590,
         260,
         1300,
         {{"30", "30 cm"}, {"50", "50 cm"}}},
        {"GLUE", "UHU 固体胶 %1", kOffice, "pcs", 450, 200, 1300, {{"8G", "8g"}, {"21G", "21g"}}},
        {"WEBCAM",
         "Logitech webcam %1",
         kElectronics,
         "pcs",
         39900,
         26000,
         1300,
         {{"C270", "C270 HD"}, {"C920", "C920 Pro"}}},
        {"SPEAKER",
         "JBL Bluetooth speaker %1",
         kElectronics,
         "pcs",
         49900,
         33000,
         1300,
         {{"GO3", "GO 3"}, {"FLIP6", "Flip 6"}}},
        {"POWERBANK",
         "Anker 充电宝 %1",
         kElectronics,
         "pcs",
         16900,
         10500,
         1300,
         {{"10K", "10000mAh"}, {"20K", "20000mAh"}}},
        {"EXT",
         "公牛 插线板 %1",
         kElectronics,
         "pcs",
         6900,
         4200,
         1300,
         {{"4-3M", "4位 3米"}, {"6-3M", "6位 3米"}, {"6-5M", "6位 5米"}}},
        {"HUB",
         "USB-C hub %1",
         kElectronics,
         "pcs",
         12900,
         7600,
         1300,
         {{"7IN1", "7-in-1"}, {"10IN1", "10-in-1"}}},
        {"FOAM",
         "珍珠棉卷材 %1",
         kPackaging,
         "m",
         260,
         120,
         1300,
         {{"3MM", "3mm 厚"}, {"5MM", "5mm 厚"}}},
        {"MAILER",
         "Poly mailer bags %1 100 pcs",
         kPackaging,
         "pack",
         2800,
         1500,
         1300,
         {{"S", "25×35 cm"}, {"M", "32×45 cm"}, {"L", "45×55 cm"}}},
        {"STRAP", "PP 打包带 %1", kPackaging, "roll", 4500, 2800, 1300, {{"12", "12mm"}}},
        {"FLOUR",
         "金沙河 高筋面粉 %1",
         kFood,
         "kg",
         650,
         420,
         900,
         {{"STD", "通用"}, {"BREAD", "面包用"}}},
        {"SUGAR", "White sugar %1", kFood, "kg", 780, 560, 900, {{"FINE", "fine"}}},
        {"NOODLE",
         "陈克明 挂面 %1",
         kFood,
         "box",
         5800,
         3900,
         900,
         {{"150", "150g×30"}, {"1KG", "1kg×10"}}},
        {"HONEY", "Acacia honey %1", kFood, "kg", 9800, 6100, 900, {{"RAW", "raw"}}},
        {"PIPE", "PVC 电工套管 %1", kCable, "m", 320, 170, 1300, {{"16", "Φ16"}, {"20", "Φ20"}}},
        {"TIE",
         "Nylon cable ties %1 100 pcs",
         kCable,
         "pack",
         990,
         450,
         1300,
         {{"100", "100 mm"}, {"200", "200 mm"}, {"300", "300 mm"}}},
        {"WIPES",
         "心相印 湿巾 %1",
         kCleaning,
         "pack",
         1290,
         750,
         1300,
         {{"10", "10片"}, {"80", "80片"}}},
        {"DISINF", "84 消毒液 %1", kCleaning, "pcs", 1590, 900, 1300, {{"1L", "1L"}, {"5L", "5L"}}},
    };
}

/// Whole units for counted goods, three decimals for goods sold by weight, length or volume.
qint64 demoQty(QRandomGenerator& rng, const QString& unit, qint64 low, qint64 high)
{
    const qint64 units = low + rng.bounded(int(high - low + 1));
    if (unit == QLatin1String("kg") || unit == QLatin1String("m") || unit == QLatin1String("l"))
        return units * 1000 + rng.bounded(4) * 250;
    return units * 1000;
}

StockMove demoMove(qint64 product, qint64 warehouse, qint64 location, const char* kind, qint64 qty,
                   const QString& reason, const QString& ref)
{
    StockMove m;
    m.productId = product;
    m.warehouseId = warehouse;
    m.locationId = location;
    m.kind = QString::fromLatin1(kind);
    m.qty = qty;
    m.reason = reason;
    m.source.type = QStringLiteral("manual");
    m.source.ref = ref;
    return m;
}

} // namespace

void loadDemo(Rpc::CallContext& ctx, ProductService& products, WarehouseService& warehouses,
              StockService& stock, StockCountService& counts)
{
    WarehouseRepository warehouseRepo(ctx.db);
    struct Site
    {
        const char* code;
        const char* name;
        const char* address;
        int priority;
        QStringList bins;
    };
    const Site sites[] = {
        {"SH",
         "上海总仓",
         "上海市浦东新区外高桥保税区富特北路 211 号",
         10,
         {"A-01", "A-02", "A-03", "B-01", "B-02", "C-01"}},
        {"SZ", "深圳仓", "深圳市宝安区福永街道凤凰第一工业区 8 栋", 20, {"A-01", "A-02", "B-01"}},
        {"BJ", "北京仓", "北京市大兴区亦庄经济开发区科创十三街 18 号", 30, {"A-01", "A-02"}},
    };
    QList<Warehouse> created;
    for (const Site& site : sites) {
        Warehouse w;
        w.code = QString::fromLatin1(site.code);
        w.name = QString::fromUtf8(site.name);
        w.address = QString::fromUtf8(site.address);
        w.priority = site.priority;
        for (const QString& bin : site.bins)
            w.locations.append({0, bin, QStringLiteral("%1 货架").arg(bin), true});
        created.append(warehouses.insertChecked(ctx, warehouseRepo, w));
    }

    QRandomGenerator rng(20261127);
    ProductRepository productRepo(ctx.db);
    QList<Product> catalogue;
    int barcode = 0;
    for (const Line& line : lines()) {
        for (const auto& variant : line.variants) {
            Product p;
            p.sku = QStringLiteral("%1-%2").arg(QString::fromLatin1(line.sku),
                                                QString::fromLatin1(variant.first));
            p.name = QString::fromUtf8(line.name).arg(QString::fromUtf8(variant.second));
            p.category = QString::fromUtf8(line.category);
            p.unit = QString::fromLatin1(line.unit);
            p.listPrice = line.price;
            p.cost = line.cost;
            p.taxRate = line.taxRate;
            // EAN-13-like numbers from the demo's own prefix; every fourth product has none.
            if (++barcode % 4 != 0)
                p.barcode = QStringLiteral("69%1").arg(1000000000 + barcode * 7919, 11, 10,
                                                       QLatin1Char('0'));
            p.reorderPoint = demoQty(rng, p.unit, 10, 60);
            p.reorderQty = p.reorderPoint * 3;
            catalogue.append(products.insertChecked(ctx, productRepo, p, true));
        }
    }
    ctx.notifyChanged(QStringLiteral("inventory.product"), 0, 0);

    // Opening stock on the first day of the books, then a month of housekeeping.
    const QDate start = Platform::demoBooksStart();
    Platform::BusinessDateScope day(start);

    // Opening stock: most in Shanghai, some in Shenzhen and Beijing; every 15th product is
    // short (below its reorder point) and every 37th has none at all.
    const QString opening = QStringLiteral("opening stock");
    for (int i = 0; i < catalogue.size(); ++i) {
        const Product& p = catalogue.at(i);
        if (i % 37 == 7)
            continue;
        const bool shortOfStock = i % 15 == 4;
        for (int s = 0; s < created.size(); ++s) {
            const Warehouse& w = created.at(s);
            if (s > 0 && rng.bounded(3) == 0)
                continue;
            const qint64 qty = shortOfStock ? p.reorderPoint / 4 / (s + 1) / 1000 * 1000 + 1000
                                            : demoQty(rng, p.unit, 30, s == 0 ? 600 : 200);
            const qint64 bin = w.locations.at(rng.bounded(int(w.locations.size()))).id;
            StockMove move = demoMove(p.id, w.id, bin, "receipt", qty, opening,
                                      QStringLiteral("OPEN-%1").arg(w.code));
            move.source.type = QStringLiteral("opening"); // booked against the opening account
            stock.post(ctx, move);
        }
    }

    // Some history: transfers to the branches, breakage, corrections.
    day.set(start.addDays(3));
    int transfer = 0;
    for (int i = 0; i < catalogue.size(); i += 5) {
        const Product& p = catalogue.at(i);
        const auto levels = stock.levels(ctx, p.id);
        if (levels.isEmpty() || levels.first().available() < 20000)
            continue;
        const qint64 qty = levels.first().available() / 5 / 1000 * 1000;
        const Warehouse& to = created.at(1 + (i / 5) % 2);
        const QString ref = QStringLiteral("TR-DEMO-%1").arg(++transfer, 4, 10, QLatin1Char('0'));
        const QString reason = QStringLiteral("补货到%1").arg(to.name);
        stock.post(ctx, demoMove(p.id, created.first().id, 0, "transfer", -qty, reason, ref));
        stock.post(ctx, demoMove(p.id, to.id, 0, "transfer", qty, reason, ref));
    }
    day.set(start.addDays(20));
    for (int i = 3; i < catalogue.size(); i += 11) {
        const Product& p = catalogue.at(i);
        const auto levels = stock.levels(ctx, p.id);
        if (levels.isEmpty() || levels.first().available() < 5000)
            continue;
        stock.post(ctx, demoMove(p.id, created.first().id, 0, "scrap", -2000,
                                 QStringLiteral("运输破损 damaged in transit"), QString()));
        stock.post(ctx, demoMove(p.id, created.first().id, 0, "adjustment", 1000,
                                 QStringLiteral("found on the wrong shelf"), QString()));
    }

    // A posted count in Beijing with a few differences, and an open one in Shenzhen.
    day.set(start.addDays(28));
    const QJsonObject count = counts.create(ctx, created.at(2).id, QString::fromUtf8(kFood),
                                            QStringLiteral("季度盘点 quarterly count"));
    QJsonArray entered;
    int n = 0;
    for (const QJsonValue& v : count.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        QString counted = line.value(QLatin1String("expected_qty")).toString();
        if (n++ % 3 == 1) {
            const qint64 expected = Decimal::parse(counted, 3).value_or(Decimal()).units();
            counted = Decimal(expected + 1000, 3).toString();
        }
        entered.append(QJsonObject{{QStringLiteral("line_id"), line.value(QLatin1String("id"))},
                                   {QStringLiteral("counted_qty"), counted}});
    }
    const qint64 countId = qint64(count.value(QLatin1String("id")).toDouble());
    counts.set(ctx, countId, 1, entered);
    counts.post(ctx, countId, 2);
    counts.create(ctx, created.at(1).id, QString::fromUtf8(kPackaging),
                  QStringLiteral("月末盘点 month-end count"));
}

} // namespace Erp::Server::Inventory
