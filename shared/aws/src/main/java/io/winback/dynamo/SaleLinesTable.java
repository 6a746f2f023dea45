package io.winback.dynamo;

import io.winback.domain.SaleType;
import io.winback.report.Product;
import io.winback.report.SaleLineEntry;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.putNumber;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;

/**
 * The SaleLines table (template.yaml declares the same; a test holds the two in step): the buyers index. Key
 * {@code pk} = {@code sku#<sku>} or {@code group#<group>}, {@code sk} = {@code <shop day>#<store>#<customerKey>#<saleId>},
 * so a product's buyers in a period are one key range. Every key is derived from the receipt, so writing a receipt's
 * entries again overwrites them with the same content. No index, no stream.
 */
public final class SaleLinesTable {
    public static final String PK = "pk";
    public static final String SK = "sk";
    static final String CUSTOMER_KEY = "customerKey";
    static final String STORE_ID = "storeId";
    static final String SALE_DAY = "saleDay";
    static final String SALE_ID = "saleId";
    static final String TYPE = "type";
    static final String QUANTITY = "quantity";

    private SaleLinesTable() {
    }

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(PK), string(SK))
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .build();
    }

    static Map<String, AttributeValue> toItem(SaleLineEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        putText(item, PK, entry.product().indexKey());
        putText(item, SK, entry.day() + "#" + entry.store() + "#" + entry.customerKey() + "#" + entry.saleId());
        putText(item, CUSTOMER_KEY, entry.customerKey());
        putText(item, STORE_ID, entry.store());
        putText(item, SALE_DAY, entry.day().toString());
        putText(item, SALE_ID, entry.saleId());
        putText(item, TYPE, entry.type().name());
        putNumber(item, QUANTITY, entry.quantity());
        return item;
    }

    static SaleLineEntry fromItem(Product product, Map<String, AttributeValue> item) {
        return new SaleLineEntry(product, LocalDate.parse(text(item, SALE_DAY)), text(item, STORE_ID),
                text(item, CUSTOMER_KEY), text(item, SALE_ID), SaleType.valueOf(text(item, TYPE)),
                number(item, QUANTITY));
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
