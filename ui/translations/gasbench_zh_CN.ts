<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EventMarkers</name>
    <message>
        <location filename="../event_markers.cpp" line="17"/>
        <source>ignition</source>
        <translation>点火</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="18"/>
        <source>flame-out</source>
        <translation>熄火</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="20"/>
        <source>valve opened</source>
        <translation>阀门开启</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="21"/>
        <source>valve closed</source>
        <translation>阀门关闭</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../opengl_support.cpp" line="13"/>
        <source>the %1 platform has no OpenGL</source>
        <translation>%1 平台不支持 OpenGL</translation>
    </message>
    <message>
        <location filename="../opengl_support.cpp" line="15"/>
        <source>no OpenGL context could be created</source>
        <translation>无法创建 OpenGL 上下文</translation>
    </message>
    <message>
        <location filename="../opengl_support.cpp" line="20"/>
        <source>the OpenGL context could not be made current</source>
        <translation>无法启用 OpenGL 上下文</translation>
    </message>
</context>
<context>
    <name>QTableWidget</name>
    <message>
        <location filename="../measurement_table.cpp" line="14"/>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="14"/>
        <source>requirement</source>
        <translation>标准要求</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="15"/>
        <source>trial</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="16"/>
        <source>value</source>
        <translation>测得值</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="16"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="17"/>
        <source>limits</source>
        <translation>技术要求</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="17"/>
        <source>clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="18"/>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="52"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <location filename="../verdict_style.cpp" line="61"/>
        <source>draft</source>
        <translation>编制中</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="63"/>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="65"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="67"/>
        <source>issued</source>
        <translation>已签发</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <location filename="../verdict_style.cpp" line="34"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="36"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="38"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="40"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="42"/>
        <source>failed to record</source>
        <translation>记录失败</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="40"/>
        <source>failed to run</source>
        <translation>未能运行</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../verdict_style.cpp" line="10"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="12"/>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="14"/>
        <source>inconclusive</source>
        <translation>无法判定</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::BatchDialog</name>
    <message>
        <location filename="../batch_dialog.cpp" line="23"/>
        <source>Register a sampling batch</source>
        <translation>登记抽样单</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="32"/>
        <source>Sampling number</source>
        <translation>抽样单号</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="41"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="42"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="43"/>
        <source>Brand</source>
        <translation>商标</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="44"/>
        <source>Model / specification</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="45"/>
        <source>Production date (YYYY-MM-DD)</source>
        <translation>生产日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="46"/>
        <source>or batch number</source>
        <translation>或批号</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="56"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="57"/>
        <source>Sampled unit</source>
        <translation>被抽样单位</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="62"/>
        <source>Sampling date</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="63"/>
        <source>Samplers (comma between names)</source>
        <translation>抽样人（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="68"/>
        <source>Units drawn</source>
        <translation>抽样数量</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="71"/>
        <source>supervision sampling</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="72"/>
        <source>commissioned</source>
        <translation>委托检验</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="73"/>
        <source>Inspection type</source>
        <translation>检验类别</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="74"/>
        <source>a backup unit was drawn (sample code …-B)</source>
        <translation>已抽取备样（样品编号 …-B）</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="103"/>
        <source>Register the producer and the sampled unit first.</source>
        <translation>请先登记生产者和被抽样单位。</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::BatchesSection</name>
    <message>
        <location filename="../batches_section.cpp" line="42"/>
        <source>Search: sampling number, sample code, product, enterprise, credit code</source>
        <translation>搜索：抽样单号、样品编号、产品、企业、信用代码</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="44"/>
        <source>Register enterprise…</source>
        <translation>登记企业…</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="46"/>
        <source>Register sampling batch…</source>
        <translation>登记抽样单…</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="59"/>
        <source>sampling number / sample</source>
        <translation>抽样单号 / 样品</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="59"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="59"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>sampling date</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>inspection type</source>
        <translation>检验类别</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>run</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>procedure</source>
        <translation>检验程序</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>profile</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="63"/>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="101"/>
        <source>supervision sampling</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="102"/>
        <source>commissioned</source>
        <translation>委托检验</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="112"/>
        <source>test unit</source>
        <translation>检验样品</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="112"/>
        <source>backup unit</source>
        <translation>备样</translation>
    </message>
    <message numerus="yes">
        <location filename="../batches_section.cpp" line="113"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次试验</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ChartsSection</name>
    <message>
        <location filename="../charts_section.cpp" line="36"/>
        <location filename="../charts_section.cpp" line="68"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="41"/>
        <source>last %1 s</source>
        <translation>最近 %1 秒</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="45"/>
        <source>Show recorded run</source>
        <translation>显示已记录的试验</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="50"/>
        <source>Recorded run</source>
        <translation>已记录的试验</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="55"/>
        <source>No run yet. Wheel or +/- zooms, drag or arrows pan, double-click follows the newest data.</source>
        <translation>尚无试验。滚轮或 +/- 缩放，拖动或方向键平移，双击跟随最新数据。</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="68"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="83"/>
        <source>(run %1 ended)</source>
        <translation>（试验 %1 已结束）</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="130"/>
        <source>Live: %1, %2</source>
        <translation>实时：%1，%2</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="228"/>
        <source>Recorded run #%1: %2, %3</source>
        <translation>已记录的试验 #%1：%2，%3</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::DevicesSection</name>
    <message>
        <location filename="../devices_section.cpp" line="34"/>
        <source>unconfigured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="36"/>
        <location filename="../devices_section.cpp" line="167"/>
        <source>configured</source>
        <translation>已配置</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="38"/>
        <source>active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="40"/>
        <source>armed</source>
        <translation>输出已使能</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="42"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="44"/>
        <source>faulted</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="60"/>
        <source>bus / device / channel</source>
        <translation>总线 / 设备 / 通道</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="60"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="60"/>
        <source>last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="61"/>
        <source>rate set (Hz)</source>
        <translation>设定采样率（Hz）</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="61"/>
        <source>rate achieved (Hz)</source>
        <translation>实际采样率（Hz）</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="61"/>
        <source>readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="66"/>
        <source>Serial port (RS-485 adapter)</source>
        <translation>串口（RS-485 转换器）</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="70"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="104"/>
        <source>No serial port on this machine.</source>
        <translation>本机没有串口。</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="117"/>
        <source>link up</source>
        <translation>连接正常</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="117"/>
        <source>link down</source>
        <translation>连接断开</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="118"/>
        <source>%1 requests, %2 failed</source>
        <translation>%1 次请求，%2 次失败</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="147"/>
        <source>Station %1 running</source>
        <translation>工位 %1 运行中</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="159"/>
        <source>idle between runs</source>
        <translation>试验间空闲</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="167"/>
        <source>configured, critical</source>
        <translation>已配置，关键设备</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="177"/>
        <source>Station %1 (%2): no run, the bench rests in its safe state.</source>
        <translation>工位 %1（%2）：无试验，试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="183"/>
        <source>The station config does not load: %1</source>
        <translation>工位配置无法加载：%1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::EnterpriseDialog</name>
    <message>
        <location filename="../enterprise_dialog.cpp" line="18"/>
        <source>Register an enterprise</source>
        <translation>登记企业</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="28"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="29"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="34"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="35"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="36"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="37"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="58"/>
        <source>18 characters: digits and capital letters without I, O, Z, S, V</source>
        <translation>18 位：数字和大写字母（不含 I、O、Z、S、V）</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="61"/>
        <source>✔ the check character is right</source>
        <translation>✔ 校验码正确</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="67"/>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="70"/>
        <source>a character the code does not use (I, O, Z, S, V, lower case, punctuation)</source>
        <translation>含有代码不使用的字符（I、O、Z、S、V、小写字母、标点）</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="76"/>
        <source>wrong check character: it should be %1</source>
        <translation>校验码错误：应为 %1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="123"/>
        <source>gasbench — gas appliance test station</source>
        <translation>gasbench — 燃气器具检测工位</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="vanished">停止</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="124"/>
        <source>STOP  (Esc / F12)</source>
        <translation>停止  (Esc / F12)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="77"/>
        <location filename="../main_window.cpp" line="157"/>
        <source>No run. The bench rests in its safe state.</source>
        <translation>无试验。试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="95"/>
        <source>Batches &amp;&amp; samples</source>
        <translation>抽样单与样品</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="96"/>
        <source>Run console</source>
        <translation>试验控制台</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="97"/>
        <source>Live charts</source>
        <translation>实时曲线</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="98"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="99"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="59"/>
        <source>Run %1: %2 on %3</source>
        <translation>试验 %1：%3 的 %2</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="66"/>
        <source>Run %1 completed. The bench is in its safe state.</source>
        <translation>试验 %1 已完成。试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="67"/>
        <source>Run %1 stopped. The bench is in its safe state.</source>
        <translation>试验 %1 已停止。试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="119"/>
        <source>Charts drawn without OpenGL: %1</source>
        <translation>曲线未使用 OpenGL 绘制：%1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="127"/>
        <source>Database: %1   Station: %2</source>
        <translation>数据库：%1   工位：%2</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="142"/>
        <source>The language changes when this run ends.</source>
        <translation>本次试验结束后切换语言。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="175"/>
        <source>STOP pressed: putting the bench in its safe state…</source>
        <translation>已按停止：试验台正在进入安全状态…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="182"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="183"/>
        <source>OpenGL charts</source>
        <translation>使用 OpenGL 绘制曲线</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="193"/>
        <source>Language / 语言</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">语言</translation>
    </message>
    <message>
        <source>The language changes when the program is started again.</source>
        <translation type="vanished">语言将在程序重新启动后更改。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="214"/>
        <source>A run is going</source>
        <translation>试验进行中</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="215"/>
        <source>Stop the run, put the bench in its safe state and close?</source>
        <translation>停止试验、使试验台进入安全状态并关闭程序？</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::PromptDialog</name>
    <message>
        <location filename="../prompt_dialog.cpp" line="20"/>
        <source>The procedure asks</source>
        <translation>检验程序提示</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="46"/>
        <source>STOP</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="53"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="59"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="59"/>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="105"/>
        <source>conforms</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="106"/>
        <source>nonconforming</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="107"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ReportSignOffPanel</name>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="27"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="30"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="34"/>
        <source>correction: why</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="46"/>
        <source>Draft</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="47"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="48"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="49"/>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="50"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="75"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="95"/>
        <source> (replaced)</source>
        <translation>（已被更正版代替）</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="136"/>
        <source>Choose a sample.</source>
        <translation>请选择样品。</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="149"/>
        <source>(not drafted)</source>
        <translation>（未编制）</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="156"/>
        <source>No report yet: draft one.</source>
        <translation>尚无报告：请先编制。</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="160"/>
        <source>Cannot be signed as drafted: %1</source>
        <translation>不能按所编制内容签署：%1</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="162"/>
        <source>%1 v%2: %3 — drafted by %4, reviewed by %5, approved by %6, issued by %7%8</source>
        <translation>%1 第 %2 版：%3 — 编制 %4，审核 %5，批准 %6，签发 %7%8</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="235"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ReportsSection</name>
    <message>
        <location filename="../reports_section.cpp" line="35"/>
        <source>Choose a sample: its runs and measurements are what its report is made from.</source>
        <translation>选择样品：报告依据其试验和测量结果编制。</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="47"/>
        <source>run</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="47"/>
        <source>procedure</source>
        <translation>检验程序</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="47"/>
        <source>standard profile</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="48"/>
        <source>ended (UTC)</source>
        <translation>结束时间（UTC）</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="48"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="48"/>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports_section.cpp" line="139"/>
        <source>Sample %1: %n run(s)</source>
        <translation>
            <numerusform>样品 %1：%n 次试验</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gasbench::ui::RunConsole</name>
    <message>
        <location filename="../run_console.cpp" line="70"/>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="71"/>
        <source>Procedure</source>
        <translation>检验程序</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="77"/>
        <source>Simulated sample</source>
        <translation>模拟样品</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="83"/>
        <source>Start run</source>
        <translation>开始试验</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="89"/>
        <source>Choose a sample and a procedure, then start the run.</source>
        <translation>选择样品和检验程序，然后开始试验。</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="128"/>
        <source>The run could not start: %1</source>
        <translation>试验无法开始：%1</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="254"/>
        <source>Starting the station…</source>
        <translation>正在启动工位…</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="274"/>
        <source>Run %1 is running. STOP (Esc / F12) puts the bench in its safe state.</source>
        <translation>试验 %1 进行中。按停止（Esc / F12）使试验台进入安全状态。</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="282"/>
        <source>The bench is in its safe state.</source>
        <translation>试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="302"/>
        <source>Run %1 completed: %2</source>
        <translation>试验 %1 已完成：%2</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="307"/>
        <source>Run %1 %2: %3</source>
        <translation>试验 %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="373"/>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="378"/>
        <source>%1: %2 left</source>
        <translation>%1：剩余 %2</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::TimeChart</name>
    <message>
        <location filename="../time_chart.cpp" line="32"/>
        <source>time (s)</source>
        <translation>时间（s）</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::RunController</name>
    <message>
        <location filename="../run_controller.cpp" line="101"/>
        <source>ALARM: the bench could not be confirmed in its safe state</source>
        <translation>警报：无法确认试验台处于安全状态</translation>
    </message>
</context>
</TS>
